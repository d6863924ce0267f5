/**
 * Page weight: what a browser transfers to show one built page, counted from the files in dist/.
 * Used by the byte budgets (tests/build/budgets.test.ts) and the benchmark (scripts/bench.ts).
 *
 * "Initial JavaScript" is what runs before the reader interacts: classic and module scripts in
 * the HTML (inline or external), modulepreloads, and everything they import statically. A dynamic
 * `import()` (Pagefind is loaded that way on the first search) is not initial.
 * Sizes are per file, gzip level 9 (what static hosts and CDNs serve), in bytes.
 */
import { gzipSync } from 'node:zlib';

export const KB = 1024;

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
  inlineStyles: string[];
}

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  /** Initial JavaScript: external files plus inline scripts (already inside html, counted again here). */
  js: Weight;
  /** Files that make up css and js, as site paths. */
  files: { css: string[]; js: string[] };
  /** Referenced files that do not exist in the build. */
  missing: string[];
}

export function gzipBytes(data: string | Uint8Array): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attributes(tag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s=/<>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    map.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return map;
}

/** The stylesheets and scripts an HTML document loads up front. JSON-LD and other data blocks are not scripts. */
export function extractAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], inlineScripts: [], inlineStyles: [] };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(match[0].slice(5, -1));
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) assets.stylesheets.push(href);
    else if (rel.includes('modulepreload')) assets.scripts.push(href);
  }
  for (const match of withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(match[1]);
    if (!JS_TYPES.has((attrs.get('type') ?? '').toLowerCase())) continue;
    const src = attrs.get('src');
    if (src) assets.scripts.push(src);
    else if (match[2].trim()) assets.inlineScripts.push(match[2]);
  }
  for (const match of withoutComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) assets.inlineStyles.push(match[1]);
  return assets;
}

/** Specifiers a module imports statically (`import … from`, `import "…"`, `export … from`), not `import()`. */
export function staticImports(source: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** Resolves a reference found in `fromPath` (a site path like /articles/a/) to a site path, or undefined if off-site. */
export function resolveSitePath(reference: string, fromPath: string): string | undefined {
  if (/^(data|blob):/i.test(reference)) return undefined;
  const url = new URL(reference, new URL(fromPath, 'http://site.invalid'));
  if (url.origin !== 'http://site.invalid') return undefined;
  return decodeURIComponent(url.pathname);
}

/**
 * Weight of the page at `pagePath` (a site path such as `/articles/withdrawal-failed/`).
 * `read(sitePath)` returns a file's bytes or undefined; directory paths are read as their index.html.
 */
export function measurePage(pagePath: string, read: (sitePath: string) => Uint8Array | undefined): PageWeight {
  const htmlPath = pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath;
  const htmlBytes = read(htmlPath);
  if (!htmlBytes) throw new Error(`页面不存在：${htmlPath}`);
  const html = Buffer.from(htmlBytes).toString('utf8');
  const assets = extractAssets(html);
  const missing: string[] = [];
  const weigh = (files: Array<Uint8Array | string>): Weight => ({
    raw: files.reduce((sum, file) => sum + (typeof file === 'string' ? Buffer.byteLength(file) : file.length), 0),
    gzip: files.reduce((sum, file) => sum + gzipBytes(file), 0),
  });

  const cssFiles = new Map<string, Uint8Array>();
  for (const href of assets.stylesheets) {
    const path = resolveSitePath(href, pagePath);
    if (!path || cssFiles.has(path)) continue;
    const bytes = read(path);
    if (bytes) cssFiles.set(path, bytes);
    else missing.push(path);
  }

  // Follow static imports breadth-first so shared chunks are counted once.
  const jsFiles = new Map<string, Uint8Array>();
  const queue = assets.scripts.map((src) => resolveSitePath(src, pagePath)).filter((p): p is string => Boolean(p));
  for (const inline of assets.inlineScripts) {
    for (const specifier of staticImports(inline)) {
      const path = resolveSitePath(specifier, pagePath);
      if (path) queue.push(path);
    }
  }
  while (queue.length) {
    const path = queue.shift()!;
    if (jsFiles.has(path)) continue;
    const bytes = read(path);
    if (!bytes) {
      if (!missing.includes(path)) missing.push(path);
      continue;
    }
    jsFiles.set(path, bytes);
    for (const specifier of staticImports(Buffer.from(bytes).toString('utf8'))) {
      const next = resolveSitePath(specifier, path);
      if (next && !jsFiles.has(next)) queue.push(next);
    }
  }

  return {
    html: weigh([htmlBytes]),
    css: weigh([...cssFiles.values()]),
    js: weigh([...jsFiles.values(), ...assets.inlineScripts]),
    files: { css: [...cssFiles.keys()], js: [...jsFiles.keys()] },
    missing,
  };
}

export interface Budget {
  name: string;
  limit: number;
  actual: number;
  /** 'score' is a floor (Lighthouse performance ≥ limit); every other unit is a ceiling. */
  unit: 'bytes' | 'ratio' | 'ms' | 'score' | 'number';
  ok: boolean;
}

export function budget(name: string, actual: number, limit: number, unit: Budget['unit'] = 'bytes'): Budget {
  return { name, actual, limit, unit, ok: unit === 'score' ? actual >= limit : actual <= limit };
}

/** 12345 → "12.1 KB" (binary kilobytes, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < KB * KB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${(bytes / KB / KB).toFixed(1)} MB`;
}
