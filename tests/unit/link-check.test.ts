import { describe, expect, it } from 'vitest';
import { checkLinks, clickDepths, extractLinks, fileForPath, formatProblems, resolveInternal, unreachablePages } from '../../scripts/lib/link-check.ts';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('resolveInternal', () => {
  it('resolves relative, root-relative and fragment links against the page', () => {
    expect(resolveInternal('articles/a/index.html', '../b/')).toEqual({ path: '/articles/b/' });
    expect(resolveInternal('articles/a/index.html', '/faq/#x')).toEqual({ path: '/faq/', fragment: 'x' });
    expect(resolveInternal('articles/a/index.html', '#steps')).toEqual({ path: '/articles/a/index.html', fragment: 'steps' });
    expect(resolveInternal('index.html', '/search/?q=%E6%8F%90')).toEqual({ path: '/search/' });
  });
  it('ignores other sites and non-web schemes, but checks the own origin', () => {
    expect(resolveInternal('index.html', 'https://kf.qq.com/x')).toBeNull();
    expect(resolveInternal('index.html', '//cdn.example/x.js')).toBeNull();
    expect(resolveInternal('index.html', 'mailto:a@b.c')).toBeNull();
    expect(resolveInternal('index.html', 'https://kb.test/faq/', 'https://kb.test')).toEqual({ path: '/faq/' });
  });
  it('decodes percent-encoded paths and fragments', () => {
    expect(resolveInternal('index.html', '/a%20b/#%E6%AD%A5')).toEqual({ path: '/a b/', fragment: '步' });
  });
});

describe('fileForPath', () => {
  const files = new Set(['index.html', 'faq/index.html', 'rss.xml', 'about/index.html']);
  it('serves directories from index.html and files as they are', () => {
    expect(fileForPath('/', files)).toBe('index.html');
    expect(fileForPath('/faq/', files)).toBe('faq/index.html');
    expect(fileForPath('/rss.xml', files)).toBe('rss.xml');
    expect(fileForPath('/about', files)).toBe('about/index.html');
    expect(fileForPath('/missing/', files)).toBeUndefined();
  });
});

describe('checkLinks', () => {
  const pages = new Map([
    [
      'index.html',
      page(
        '<a href="#main">skip</a><main id="main"><a href="/faq/">ok</a><a href="/faq/#q1">ok anchor</a><a href="/nowhere/">broken</a><a href="/faq/#nope">broken anchor</a><a href="#missing">broken local</a><a href="https://example.com/x">external</a><img src="/logo.svg" alt=""></main>',
        '<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://kb.test/">',
      ),
    ],
    ['faq/index.html', page('<details id="q1"><summary>Q</summary></details><a href="../">home</a><script src="/app.js"></script><a name="legacy"></a><a href="/rss.xml#x">bad</a>')],
  ]);
  const files = new Set([...pages.keys(), '_astro/site.css', 'rss.xml']);
  const problems = checkLinks(pages, files, { siteOrigin: 'https://kb.test' });

  it('finds every broken link and anchor, naming page and link', () => {
    expect(problems.map((p) => `${p.page} ${p.link}`)).toEqual([
      'faq/index.html /app.js',
      'faq/index.html /rss.xml#x',
      'index.html /nowhere/',
      'index.html /faq/#nope',
      'index.html #missing',
      'index.html /logo.svg',
    ]);
    expect(formatProblems(problems)).toContain('index.html: /faq/#nope — faq/index.html 里没有 id="nope" 的元素');
  });

  it('passes a site whose links all resolve', () => {
    const good = new Map([
      ['index.html', page('<a href="/faq/#q1">x</a><a href="#top" id="top">top</a><a href="/faq/#legacy">legacy</a>')],
      ['faq/index.html', page('<p id="q1"><a name="legacy" href="/">home</a></p>')],
    ]);
    expect(checkLinks(good, new Set(good.keys()))).toEqual([]);
  });

  it('flags an empty href', () => {
    const empty = new Map([['index.html', page('<a href="">x</a>')]]);
    expect(checkLinks(empty, new Set(empty.keys()))).toHaveLength(1);
  });
});

describe('extractLinks', () => {
  it('reads hrefs, srcs, srcset candidates, form actions and ids', () => {
    const { links, anchors } = extractLinks(page('<form action="/search/"></form><img src="/a.png" srcset="/a1.png 1x, /a2.png 2x" alt=""><h2 id="x">x</h2>'));
    expect(links.map((l) => l.value)).toEqual(['/search/', '/a.png', '/a1.png', '/a2.png']);
    expect([...anchors]).toEqual(['x']);
  });
});

describe('reachability', () => {
  const pages = new Map([
    ['index.html', page('<a href="/a/">a</a>')],
    ['a/index.html', page('<a href="/b/">b</a>')],
    ['b/index.html', page('<a href="/c/">c</a>')],
    ['c/index.html', page('<a href="/d/">d</a>')],
    ['d/index.html', page('<a href="/">home</a>')],
    ['orphan/index.html', page('<a href="/">home</a>')],
    ['404.html', page('')],
  ]);
  it('counts clicks from the home page', () => {
    expect(Object.fromEntries(clickDepths(pages))).toEqual({ 'index.html': 0, 'a/index.html': 1, 'b/index.html': 2, 'c/index.html': 3, 'd/index.html': 4 });
  });
  it('lists pages too deep or unreachable, exempting 404', () => {
    expect(unreachablePages(pages, 3)).toEqual([
      { page: 'd/index.html', depth: 4 },
      { page: 'orphan/index.html', depth: null },
    ]);
    expect(unreachablePages(pages, 4)).toEqual([{ page: 'orphan/index.html', depth: null }]);
  });
});
