import { describe, expect, it } from 'vitest';
import { fixMdx, fixYamlProse } from '../../src/lib/content-check/fix-typography.ts';
import { parseMdxFile } from '../../src/lib/content-check/frontmatter.ts';

const broken = [
  '---',
  '# 注释保留',
  'title: 提现100元失败,怎么办',
  'category: withdrawal',
  'symptoms: [withdrawal-failed, withdrawal-fee]',
  'steps:',
  '  - title: 打开App查看',
  '    path: [我, 服务, 钱包]',
  '  - title: 看零钱',
  '    path: balance',
  'sources:',
  '  - title: 官方说明',
  '    url: https://kf.qq.com/faq/x.html',
  'sourcesChecked: 2026-01-01',
  '---',
  '',
  '正文100元,好的。',
  '',
].join('\n');

describe('fixMdx', () => {
  const fixed = fixMdx(broken);
  const parsed = parseMdxFile(fixed);
  const data = parsed.data;

  it('fixes prose in the frontmatter and the body', () => {
    expect(data).toHaveProperty('title', '提现 100 元失败，怎么办');
    expect(data).toHaveProperty(['steps', 0, 'title'], '打开 App 查看');
    expect(parsed.body.trim()).toBe('正文 100 元，好的。');
  });

  it('never turns a flow list of menu labels into one item', () => {
    expect(data).toHaveProperty(['steps', 0, 'path'], ['我', '服务', '钱包']);
    expect(data).toHaveProperty(['steps', 1, 'path'], 'balance');
  });

  it('leaves ids, URLs, dates and comments alone', () => {
    expect(data).toHaveProperty('symptoms', ['withdrawal-failed', 'withdrawal-fee']);
    expect(data).toHaveProperty(['sources', 0, 'url'], 'https://kf.qq.com/faq/x.html');
    expect(fixed).toContain('sourcesChecked: 2026-01-01');
    expect(fixed).toContain('# 注释保留');
  });

  it('returns a correct file unchanged, byte for byte', () => {
    expect(fixMdx(fixed)).toBe(fixed);
  });
});

describe('fixYamlProse', () => {
  it('can leave a key alone (symptom aliases imitate how people type)', () => {
    const yaml = '- id: a\n  label: 提现100元\n  aliases: [提现100元]\n';
    expect(fixYamlProse(yaml, { skipKeys: ['aliases'] })).toBe('- id: a\n  label: 提现 100 元\n  aliases: [提现100元]\n');
  });
});
