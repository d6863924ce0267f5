/**
 * The link checker behind tests/build/links.test.ts. Pure: it takes the built pages as text and
 * the list of files in the build, and says which internal links lead nowhere and which pages
 * cannot be reached from the home page. Parsing uses cheerio, a real HTML parser.
 */
import * as cheerio from 'cheerio';
import { isTag } from 'domhandler';

export interface LinkProblem {
  /** The page holding the link, relative to the build dir (e.g. "articles/x/index.html"). */
  page: string;
  /** The link exactly as written. */
  link: string;
  /** What is wrong, in Chinese. */
  reason: string;
}

export interface PageLinks {
  /** Every URL-bearing attribute value, with the element and attribute it came from. */
  links: { element: string; attribute: string; value: string }[];
  /** id and a[name] values: the valid #fragments of this page. */
  anchors: Set<string>;
}

/** Which attribute of which element holds a URL. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  form: ['action'],
};

/** URLs and anchors of a page, links in document order. */
export function extractLinks(html: string): PageLinks {
  const $ = cheerio.load(html);
  const links: PageLinks['links'] = [];
  const anchors = new Set<string>();
  $('*').each((_, el) => {
    // Elements only: tags, <script> and <style>.
    if (!isTag(el)) return;
    const id = $(el).attr('id');
    if (id !== undefined) anchors.add(id);
    if (el.tagName === 'a' && $(el).attr('name') !== undefined) anchors.add($(el).attr('name')!);
    for (const attribute of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = $(el).attr(attribute);
      if (value === undefined) continue;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push({ element: el.tagName, attribute, value: url });
        }
      } else {
        links.push({ element: el.tagName, attribute, value });
      }
    }
  });
  return { links, anchors };
}

export interface InternalTarget {
  /** Decoded path from the site root, starting with "/". */
  path: string;
  /** Decoded fragment without "#", when there is one. */
  fragment?: string;
}

/**
 * Resolves a link on `page` (a path relative to the build dir) to a site path, or null when the
 * link leaves the site. Absolute URLs on `siteOrigin` count as internal (canonical, og:url).
 */
export function resolveInternal(page: string, href: string, siteOrigin?: string): InternalTarget | null {
  const trimmed = href.trim();
  if (/^(mailto|tel|sms|javascript|data):/i.test(trimmed)) return null;
  const base = new URL(`/${page}`, 'http://site.invalid');
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return { path: trimmed };
  }
  const internal = url.origin === base.origin || (siteOrigin !== undefined && url.origin === new URL(siteOrigin).origin);
  if (!internal) return null;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const fragment = url.hash.length > 1 ? decode(url.hash.slice(1)) : undefined;
  return { path: decode(url.pathname), ...(fragment !== undefined ? { fragment } : {}) };
}

/** The file a site path is served from, the way a static host does it, or undefined. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = path.replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

export interface CheckOptions {
  /** Production origin: absolute links to it are checked like relative ones. */
  siteOrigin?: string;
}

/**
 * Every internal link on every page must lead to a file in the build, and a #fragment must
 * name an id on the target page. `pages` maps HTML paths to their text; `files` lists every
 * file in the build (pages included).
 */
export function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, options: CheckOptions = {}): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const parsed = new Map<string, PageLinks>();
  const parse = (page: string) => {
    let result = parsed.get(page);
    if (!result) {
      result = extractLinks(pages.get(page) ?? '');
      parsed.set(page, result);
    }
    return result;
  };

  for (const page of [...pages.keys()].sort()) {
    for (const { value } of parse(page).links) {
      if (value.trim() === '' ) {
        problems.push({ page, link: value, reason: '链接是空的' });
        continue;
      }
      const target = resolveInternal(page, value, options.siteOrigin);
      if (!target) continue;
      const file = fileForPath(target.path, files);
      if (!file) {
        problems.push({ page, link: value, reason: `构建结果里没有 ${target.path} 对应的文件` });
        continue;
      }
      if (target.fragment !== undefined) {
        if (!pages.has(file)) {
          problems.push({ page, link: value, reason: `${file} 不是 HTML 页面，不能用 #${target.fragment} 定位` });
        } else if (!parse(file).anchors.has(target.fragment)) {
          problems.push({ page, link: value, reason: `${file} 里没有 id="${target.fragment}" 的元素` });
        }
      }
    }
  }
  return problems;
}

/**
 * Clicks needed to reach each page from `start`, following <a href> only (what a reader can
 * tap). Pages missing from the result cannot be reached at all.
 */
export function clickDepths(pages: ReadonlyMap<string, string>, start = 'index.html', options: CheckOptions = {}): Map<string, number> {
  const files = new Set(pages.keys());
  const depths = new Map<string, number>([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const page = queue.shift()!;
    const depth = depths.get(page)!;
    const $ = cheerio.load(pages.get(page) ?? '');
    $('a[href]').each((_, el) => {
      const target = resolveInternal(page, $(el).attr('href') ?? '', options.siteOrigin);
      if (!target) return;
      const file = fileForPath(target.path, files);
      if (file && !depths.has(file)) {
        depths.set(file, depth + 1);
        queue.push(file);
      }
    });
  }
  return depths;
}

/** Pages (other than `exempt`) that take more than `maxClicks` from `start`, or cannot be reached. */
export function unreachablePages(
  pages: ReadonlyMap<string, string>,
  maxClicks: number,
  { start = 'index.html', exempt = ['404.html'], siteOrigin }: { start?: string; exempt?: string[]; siteOrigin?: string } = {},
): { page: string; depth: number | null }[] {
  const depths = clickDepths(pages, start, { siteOrigin });
  return [...pages.keys()]
    .filter((page) => !exempt.includes(page))
    .map((page) => ({ page, depth: depths.get(page) ?? null }))
    .filter(({ depth }) => depth === null || depth > maxClicks)
    .sort((a, b) => (a.page < b.page ? -1 : 1));
}

export function formatProblems(problems: readonly LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.link} — ${p.reason}`).join('\n');
}
