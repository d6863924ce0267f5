/**
 * The build's content gate, driven through the build's own compiler (Sätteri's mdxToJs, as
 * @astrojs/mdx calls it) without a whole Astro build: tests/build/content-gate.test.ts does that.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentGate } from '../../src/integrations/content-gate.ts';
import { MDX_FEATURES } from '../../src/lib/mdx/mdx-parse.ts';
import { CASES } from '../helpers/content-fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const gate = contentGate({ contentRoot: ROOT });

async function compile(source: string, frontmatterOverride?: Record<string, unknown>): Promise<string> {
  const { content, frontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  try {
    await mdxToJs(content, { mdastPlugins: [gate], features: MDX_FEATURES, fileURL: pathToFileURL(join(ROOT, 'content/articles/x.mdx')), jsxImportSource: 'astro', data: { astro: { frontmatter: frontmatterOverride ?? frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } } });
    return 'compiled';
  } catch (error) {
    return (error as Error).message;
  }
}

const adversarial = (caseName: string, file: string) => readFileSync(join(CASES, caseName, 'content', file), 'utf8');

describe('content gate in the MDX compiler', () => {
  it('compiles a real article', async () => {
    expect(await compile(readFileSync(join(ROOT, 'content/articles/withdrawal-failed.mdx'), 'utf8'))).toBe('compiled');
  });

  it.each([
    ['adv-b01-footnote-rce', 'articles/b01-footnote-rce.mdx', 'content/articles/x.mdx:24  正文  不允许花括号表达式'],
    ['adv-t01-table-attr-rce', 'articles/t01-table-attr-rce.mdx', 'content/articles/x.mdx:24  正文  <Callout> 的 title 属性只能写固定的文字'],
    ['adv-b02-footnote-meta-refresh', 'articles/b02-footnote-meta-refresh.mdx', '不允许 <meta> 标签'],
    ['adv-b05-table-jsx-form', 'articles/b05-table-jsx-form.mdx', '不允许 <form> 标签'],
    ['adv-b06-imageref-remote', 'articles/b06-imageref-remote.mdx', '来自其他网站'],
    ['adv-b08-phishing-links', 'articles/b08-phishing-links.mdx', '不在官方网站名单里'],
    ['adv-f01-sources-lookalike', 'articles/f01-sources-lookalike.mdx', 'content/articles/x.mdx:1  frontmatter  sources.0.url：来源链接'],
    ['adv-f24-invalid-pct-image', 'articles/f24-invalid-pct-image.mdx', '% 编码无效'],
    ['adv-b09-bidi-zw', 'articles/b09-bidi-zw.mdx', '改变文字方向的隐藏字符'],
    // Round 3: output bounds, page ids, user-content hosts, site paths, characters written as YAML escapes.
    ['adv-a01-table-amplification', 'faq/a01-table-amplification.mdx', 'content/articles/x.mdx:11  正文  表格的列太多（200 列，上限 10 列）'],
    ['adv-a01-table-cells', 'faq/a01-table-cells.mdx', '表格太大（6 列 × 81 行 = 486 个单元格，上限 400 个'],
    ['adv-h01-heading-ids', 'articles/h01-heading-cause.mdx', '小标题「cause-official」的锚点 #cause-official 和页面自己的部分重名'],
    ['adv-l01-user-content-hosts', 'faq/l01-mp-weixin-link.mdx', 'sources.0.url：来源链接「https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv」：mp.weixin.qq.com 是用户发布内容的地方'],
    ['adv-p01-public-files', 'faq/p01-links.mdx', '链接 /images/help.htm 指向 public/images/ 里不存在或不允许的文件'],
    ['adv-g01-title-bidi-escape', 'faq/c02-title-bidi-escape.mdx', 'question：有改变文字方向的隐藏字符（U+202E）'],
    ['adv-r01-title-control-escapes', 'faq/c01-title-control-escapes.mdx', 'question：有控制字符（U+000B）'],
    ['adv-r01-title-noncharacter', 'faq/c05-title-noncharacter.mdx', 'question：有非字符（U+FFFF）'],
  ])('%s: stops the compile before any code is generated', async (caseName, file, fragment) => {
    const message = await compile(adversarial(caseName, file));
    expect(message).toContain('内容安全检查未通过');
    expect(message).toContain(fragment);
  });

  it('counts footnote references toward the link limit', async () => {
    const body = Array.from({ length: 61 }, (_, i) => `说明[^n${i}]`).join('\n\n') + '\n\n' + Array.from({ length: 61 }, (_, i) => `[^n${i}]: 注释。`).join('\n');
    expect(await compile(`---\ntitle: x\n---\n\n${body}`)).toContain('链接太多（超过 60 个）');
  });

  it('refuses, once per build, a widened allowlist and anything in public/ but images', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-gate-unit-'));
    try {
      cpSync(join(CASES, 'adv-l02-allowlist-widened'), root, { recursive: true });
      expect(() => contentGate({ contentRoot: root })).toThrow(/allowed-hosts\.yaml 有问题.*5\.host evil\.example 的顶级域名/);
      rmSync(join(root, 'content'), { recursive: true });
      cpSync(join(CASES, 'adv-p01-public-files'), root, { recursive: true });
      expect(() => contentGate({ contentRoot: ROOT, projectRoot: root })).toThrow(/public\/images\/guide\.html:1 {2}- {2}不允许 \.html 文件/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a frontmatter layout (Astro would import it as a module)', async () => {
    expect(await compile('---\ntitle: x\n---\n\n正文。', { title: 'x', layout: 'data:text/javascript,process.exit(9)' })).toContain('不允许 layout');
  });

  it('does not expand YAML aliases shared in the frontmatter (billion laughs)', async () => {
    let level: unknown = 'x';
    for (let i = 0; i < 30; i++) level = Array(9).fill(level);
    const start = performance.now();
    expect(await compile('---\ntitle: x\n---\n\n正文。', { title: 'x', related: level })).toBe('compiled');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
