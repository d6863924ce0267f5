import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { parseMdxFile } from '../../src/lib/content-check/frontmatter.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { materialise, NODE } from '../helpers/content-fixtures.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'new-article.ts');
const REPO = join(import.meta.dirname, '..', '..');

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});
function tree(): string {
  const { root, cleanup } = materialise();
  cleanups.push(cleanup);
  return root;
}
/** Runs the script without a terminal (stdin is a pipe), as CI and tests do. */
const run = (root: string, args: string[]) => spawnSync(NODE, [SCRIPT, '--root', root, ...args], { encoding: 'utf8', input: '' });
const today = () => new Date().toISOString().slice(0, 10);

describe('npm run new', () => {
  it('writes a draft article that passes the content check as written', () => {
    const root = tree();
    const result = run(root, ['--slug', 'withdrawal-stuck', '--title', '提现一直显示处理中', '--category', 'withdrawal', '--symptom', 'withdrawal-failed', '--symptom', 'withdrawal-fee']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('已创建 content/articles/withdrawal-stuck.mdx');
    const file = join(root, 'content/articles/withdrawal-stuck.mdx');
    const data = parseMdxFile(readFileSync(file, 'utf8')).data as Record<string, unknown>;
    expect(data).toMatchObject({ title: '提现一直显示处理中', category: 'withdrawal', symptoms: ['withdrawal-failed', 'withdrawal-fee'], draft: true });
    // As the build reads it (js-yaml): an unquoted date is a Date.
    expect(data.sourcesChecked).toEqual(new Date(`${today()}T00:00:00Z`));
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
  });

  it('uses named menu paths when content/menu-paths.yaml has them, and still passes', () => {
    // The repository's own data files: they define wallet and customer-service.
    const root = tree();
    for (const name of ['categories.yaml', 'symptoms.yaml', 'menu-paths.yaml']) writeFileSync(join(root, 'content', name), readFileSync(join(REPO, 'content', name)));
    const result = run(root, ['--slug', 'pay-stuck', '--title', '付款一直转圈', '--category', 'payment', '--symptom', 'payment-failed']);
    expect(result.status, result.stderr).toBe(0);
    const source = readFileSync(join(root, 'content/articles/pay-stuck.mdx'), 'utf8');
    expect(source).toContain('path: wallet');
    expect(source).toContain('<MenuPath path="customer-service" />');
    const problems = checkContent(root, { files: [join(root, 'content/articles/pay-stuck.mdx')] }).problems;
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('writes a draft FAQ linked to an existing article (comma lists work)', () => {
    const root = tree();
    const result = run(root, ['--type', 'faq', '--slug', 'how-long', '--title', '提现多久能到账？', '--category', 'withdrawal', '--symptom', 'withdrawal-failed,withdrawal-fee', '--related', 'ok-article']);
    expect(result.status, result.stderr).toBe(0);
    const data = parseMdxFile(readFileSync(join(root, 'content/faq/how-long.mdx'), 'utf8')).data;
    expect(data).toMatchObject({ question: '提现多久能到账？', related: ['ok-article'], symptoms: ['withdrawal-failed', 'withdrawal-fee'], draft: true });
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
  });

  it('quotes titles that YAML would otherwise misread', () => {
    const root = tree();
    const title = '提现失败 #1 怎么办';
    expect(run(root, ['--slug', 'hash-title', '--title', title, '--category', 'withdrawal', '--symptom', 'withdrawal-failed']).status).toBe(0);
    const frontmatter = readFileSync(join(root, 'content/articles/hash-title.mdx'), 'utf8').split('---')[1];
    expect(parse(frontmatter)).toHaveProperty('title', title);
  });

  it('rejects a bad slug, an unknown category and symptom with Chinese messages and suggestions, writing nothing', () => {
    const root = tree();
    const result = run(root, ['--slug', 'Withdrawal_Stuck', '--title', '提现卡住', '--category', 'withdrawl', '--symptom', 'withdrawal-faild']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('文件名「Withdrawal_Stuck」不合格');
    expect(result.stderr).toContain('可以改成 withdrawal-stuck');
    expect(result.stderr).toContain('是不是想写 withdrawal？');
    expect(result.stderr).toContain('是不是想写 withdrawal-failed');
    expect(result.stderr).toContain('没有创建文件');
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
    expect(existsSync(join(root, 'content/articles/Withdrawal_Stuck.mdx'))).toBe(false);
  });

  it('refuses to overwrite an existing file', () => {
    const root = tree();
    const file = join(root, 'content/articles/ok-article.mdx');
    const before = readFileSync(file, 'utf8');
    const result = run(root, ['--slug', 'ok-article', '--title', '另一篇文章', '--category', 'withdrawal', '--symptom', 'withdrawal-failed']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('已经存在：不会覆盖已有文件');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('checks title length and typography before writing', () => {
    const root = tree();
    const short = run(root, ['--slug', 'a-b', '--title', '提现', '--category', 'withdrawal', '--symptom', 'withdrawal-failed']);
    expect(short.stderr).toContain('标题太短');
    const spacing = run(root, ['--slug', 'a-b', '--title', '提现100元失败', '--category', 'withdrawal', '--symptom', 'withdrawal-failed']);
    expect(spacing.status).toBe(1);
    expect(spacing.stderr).toContain('「提现 100 元失败」');
  });

  it('requires --related for a FAQ, and every value as a flag without a terminal', () => {
    const root = tree();
    const faq = run(root, ['--type', 'faq', '--slug', 'q-a', '--title', '提现要手续费吗？', '--category', 'withdrawal', '--symptom', 'withdrawal-fee']);
    expect(faq.status).toBe(1);
    expect(faq.stderr).toContain('--related');
    const bare = run(root, ['--slug', 'only-slug']);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain('缺少参数 --title、--category、--symptom');
    const unknown = run(root, ['--colour', 'red']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('没有参数 --colour');
  });

  it('a skeleton cannot be published with its placeholders left in', () => {
    const root = tree();
    run(root, ['--slug', 'not-ready', '--title', '还没写完的文章', '--category', 'withdrawal', '--symptom', 'withdrawal-failed']);
    const file = join(root, 'content/articles/not-ready.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const problems = checkContent(root, { files: [file] }).problems;
    expect(problems.length).toBeGreaterThan(5);
    expect(problems.every((p) => p.message.includes('占位文字【待填写】'))).toBe(true);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['summary', 'causes.0.title', 'steps.0.expect', '正文']));
  });

  it('asks step by step in a terminal, re-asking after a wrong answer', () => {
    const root = tree();
    // `script` gives the child a pseudo-terminal, as when a contributor runs npm run new by hand.
    const answers = ['faq', 'Bad Slug', 'fee-question', '提现要手续费吗？', 'withdrawl', 'withdrawal', 'withdrawal-fee', 'nope', 'ok-article', ''].join('\n');
    const result = spawnSync('script', ['-qec', `'${NODE}' '${SCRIPT}' --root '${root}'`, '/dev/null'], { encoding: 'utf8', input: answers });
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('文件名「Bad Slug」不合格');
    expect(result.stdout).toContain('是不是想写 withdrawal？');
    expect(result.stdout).toContain('已创建 content/faq/fee-question.mdx');
    const data = parseMdxFile(readFileSync(join(root, 'content/faq/fee-question.mdx'), 'utf8')).data;
    expect(data).toMatchObject({ question: '提现要手续费吗？', category: 'withdrawal', symptoms: ['withdrawal-fee'], related: ['ok-article'] });
  });
});
