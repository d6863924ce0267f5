/**
 * node scripts/bench-largest-article.ts
 *
 * How long the build and the search index take for the largest article the content limits allow
 * (src/lib/content-check/limits.ts, MAX_FIELD_CHARS in src/schemas/content.ts): a 64 KB file,
 * paragraphs of just under 2,000 characters, every cause and step detail at 600 characters.
 * Before the limits, a 1 MB single-line detail made Pagefind index for 482 s. For comparison it
 * also indexes the same text as one unbroken paragraph (what the line limit now refuses).
 * Prints numbers; asserts only that the generated article passes the content check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES, MAX_LINE_CHARS } from '../src/lib/content-check/limits.ts';
import { MAX_FIELD_CHARS } from '../src/schemas/content.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const work = mkdtempSync(join(tmpdir(), 'kb-largest-'));
const root = join(work, 'site');
cpSync(join(ROOT, 'tests', 'fixtures', 'content', 'base'), root, { recursive: true });

// Varied sentences, so the index sees many distinct words rather than one repeated token.
const SENTENCES = ['提现失败时先查看零钱明细里的失败原因', '银行卡挂失或注销会导致提现被退回', '请在微信支付官方页面核对到账时间', '不要把验证码告诉任何自称客服的人', '换一张本人的储蓄卡后再试一次', '实名信息不完整时部分功能会受限', '规则以微信支付官方说明为准'];
const prose = (chars: number, seed: number) => {
  let text = '';
  for (let i = seed; text.length < chars; i++) text += SENTENCES[i % SENTENCES.length] + (i % 3 ? '，' : '。');
  return text.slice(0, chars - 1) + '。';
};

const detail = (seed: number) => prose(MAX_FIELD_CHARS.detail, seed);
const frontmatter = [
  '---',
  'title: 生成的最大文章',
  `summary: ${prose(MAX_FIELD_CHARS.summary, 1)}`,
  'category: withdrawal',
  'symptoms: [withdrawal-failed]',
  'causes:',
  ...[1, 2, 3].flatMap((i) => [`  - id: cause-${i}`, `    title: 第 ${i} 个原因`, '    signs: [页面上看到的提示]', `    detail: ${detail(i)}`, `    check: ${['first', 'next', 'last'][i - 1]}`]),
  'steps:',
  ...[1, 2, 3].flatMap((i) => [`  - title: 第 ${i} 步`, `    detail: ${detail(i + 3)}`]),
  '---',
  '',
].join('\n');
const paragraphs: string[] = [];
let size = Buffer.byteLength(frontmatter);
for (let i = 0; ; i++) {
  const paragraph = prose(MAX_LINE_CHARS - 10, i);
  const bytes = Buffer.byteLength(paragraph) + 2;
  if (size + bytes > MAX_FILE_BYTES - 64) break;
  paragraphs.push(paragraph);
  size += bytes;
}
const article = frontmatter + paragraphs.join('\n\n') + '\n';
writeFileSync(join(root, 'content', 'articles', 'largest.mdx'), article);

const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  const start = performance.now();
  const result = spawnSync(join(BIN, command), args, { cwd: ROOT, env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败：\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
};
const env = { KB_CONTENT_ROOT: root, KB_DIST: join(work, 'dist'), KB_CACHE: join(work, 'cache') };

try {
  const check = run('node', [join(ROOT, 'scripts', 'check-content.ts'), '--root', root]);
  // astro build writes the index too (src/integrations/pagefind.ts); the index step is then timed on its own.
  const build = run('astro', ['build'], env);
  const index = run('node', [join(ROOT, 'scripts', 'index-site.ts'), env.KB_DIST]);

  // The same text as one unbroken paragraph in a bare page: what the line limit now refuses.
  const flat = join(work, 'flat');
  mkdirSync(flat);
  const text = paragraphs.join('');
  writeFileSync(join(flat, 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>x</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`);
  const flatIndex = run('node', [join(ROOT, 'scripts', 'index-site.ts'), flat]);
  // And in 2,000-character paragraphs, the same page otherwise: isolates the effect of the line limit.
  const split = join(work, 'split');
  mkdirSync(split);
  writeFileSync(join(split, 'index.html'), readFileSync(join(flat, 'index.html'), 'utf8').replace(`<p>${text}</p>`, paragraphs.map((p) => `<p>${p}</p>`).join('')));
  const splitIndex = run('node', [join(ROOT, 'scripts', 'index-site.ts'), split]);

  console.log(`最大允许的文章：${(Buffer.byteLength(article) / 1024).toFixed(1)} KB，${paragraphs.length} 段，每段 ${MAX_LINE_CHARS - 10} 字；6 个 ${MAX_FIELD_CHARS.detail} 字的 detail`);
  console.log(`内容检查（整个内容树）：${check.toFixed(1)} s`);
  console.log(`astro build（整个站点，含 Pagefind 索引）：${build.toFixed(1)} s`);
  console.log(`Pagefind 索引（整个站点，单独再建一次）：${index.toFixed(1)} s`);
  console.log(`Pagefind，同样的文字：分成 ${paragraphs.length} 段 ${splitIndex.toFixed(1)} s；不分段的一整段 ${flatIndex.toFixed(1)} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
