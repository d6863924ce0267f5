import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budget, extractAssets, formatBytes, gzipBytes, measurePage, resolveSitePath, staticImports } from '../../scripts/lib/page-weight.ts';

const site = (files: Record<string, string>) => (path: string) => (path in files ? Buffer.from(files[path]) : undefined);

describe('extractAssets', () => {
  it('finds stylesheets, module preloads, external and inline scripts, and skips data blocks and comments', () => {
    const assets = extractAssets(`
      <link rel="stylesheet" href="/_astro/a.css"><link rel=preload href="/font.woff2" as=font>
      <link href='/_astro/b.css' rel='stylesheet alternate'>
      <link rel="modulepreload" href="/_astro/chunk.js">
      <!-- <script src="/commented.js"></script> -->
      <script type="module" src="/_astro/page.js"></script>
      <script type="application/ld+json">{"@type":"Article"}</script>
      <script>document.documentElement.dataset.js = "1"</script>
      <style>body{color:red}</style>`);
    expect(assets.stylesheets).toEqual(['/_astro/a.css', '/_astro/b.css']);
    expect(assets.scripts).toEqual(['/_astro/chunk.js', '/_astro/page.js']);
    expect(assets.inlineScripts).toEqual(['document.documentElement.dataset.js = "1"']);
    expect(assets.inlineStyles).toEqual(['body{color:red}']);
  });
});

describe('staticImports', () => {
  it('lists static imports and re-exports, minified or not, but not dynamic import()', () => {
    const source = `import{a as b}from"./x.js";import "./side.js"\nexport * from './re.js';const p=import("./lazy.js");import c, {d} from '../y.js'`;
    expect(staticImports(source).sort()).toEqual(['../y.js', './re.js', './side.js', './x.js']);
  });
});

describe('resolveSitePath', () => {
  it('resolves relative and absolute references and ignores other origins and data URLs', () => {
    expect(resolveSitePath('./x.js', '/_astro/page.js')).toBe('/_astro/x.js');
    expect(resolveSitePath('/_astro/a.css', '/articles/a/')).toBe('/_astro/a.css');
    expect(resolveSitePath('https://cdn.example.com/x.js', '/')).toBeUndefined();
    expect(resolveSitePath('data:text/css,', '/')).toBeUndefined();
  });
});

describe('measurePage', () => {
  const html = '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><script>var x=1</script><h1>提现</h1>';
  const files = {
    '/articles/a/index.html': html,
    '/_astro/site.css': 'body{margin:0}'.repeat(10),
    '/_astro/page.js': 'import{s}from"./shared.js";s();const later=()=>import("/pagefind/pagefind.js")',
    '/_astro/shared.js': 'export const s=()=>1',
    '/pagefind/pagefind.js': 'x'.repeat(50_000),
  };

  it('counts HTML, CSS and initial JS (with static imports, without dynamic ones), each gzipped per file', () => {
    const weight = measurePage('/articles/a/', site(files));
    expect(weight.html).toEqual({ raw: Buffer.byteLength(html), gzip: gzipBytes(html) });
    expect(weight.css.raw).toBe(140);
    expect(weight.files.js).toEqual(['/_astro/page.js', '/_astro/shared.js']);
    expect(weight.js.raw).toBe(files['/_astro/page.js'].length + files['/_astro/shared.js'].length + 'var x=1'.length);
    expect(weight.js.gzip).toBe(gzipBytes(files['/_astro/page.js']) + gzipBytes(files['/_astro/shared.js']) + gzipBytes('var x=1'));
    expect(weight.missing).toEqual([]);
  });

  it('reports referenced files that are missing, and fails clearly for a missing page', () => {
    const weight = measurePage('/articles/a/', site({ '/articles/a/index.html': html }));
    expect(weight.missing).toEqual(['/_astro/site.css', '/_astro/page.js']);
    expect(() => measurePage('/nope/', site(files))).toThrow('页面不存在：/nope/index.html');
  });

  it('counts a chunk shared by two scripts once', () => {
    const page = '<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>';
    const weight = measurePage('/x.html', site({ '/x.html': page, '/a.js': 'import"./c.js"', '/b.js': 'import"./c.js"', '/c.js': 'c' }));
    expect(weight.files.js).toEqual(['/a.js', '/b.js', '/c.js']);
  });
});

describe('helpers', () => {
  it('gzipBytes matches zlib at level 9', () => {
    const text = '零钱提现失败怎么办'.repeat(20);
    expect(gzipBytes(text)).toBe(gzipSync(Buffer.from(text), { level: 9 }).length);
  });
  it('budget flags what exceeds its limit', () => {
    expect(budget('js', 5120, 5120).ok).toBe(true);
    expect(budget('js', 5121, 5120).ok).toBe(false);
  });
  it('formatBytes uses binary kilobytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(20 * 1024)).toBe('20.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
