/**
 * The build's content gate, driven through the build's own compiler (Sätteri's mdxToJs, as
 * @astrojs/mdx calls it) without a whole Astro build: tests/build/content-gate.test.ts does that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentGate } from '../../src/lib/content-check/mdx-gate.ts';
import { MDX_FEATURES } from '../../src/lib/content-check/mdx-parse.ts';
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
  ])('%s: stops the compile before any code is generated', async (caseName, file, fragment) => {
    const message = await compile(adversarial(caseName, file));
    expect(message).toContain('内容安全检查未通过');
    expect(message).toContain(fragment);
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
