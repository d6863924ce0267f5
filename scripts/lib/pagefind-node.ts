/**
 * Runs a built Pagefind index in Node, the same pagefind.js the browser loads. pagefind.js
 * derives its base path from import.meta.url (file:///…/pagefind/) and fetches the entry
 * JSON, wasm, index chunks and fragments relative to it; Node's fetch cannot read file: URLs,
 * so a small shim answers those from disk (query strings such as ?ts= are dropped).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  destroy?: () => Promise<void>;
}

let installed = false;

/** The lang attribute of the site's home page (zh-CN here), or undefined. */
function siteLanguage(siteDir: string): string | undefined {
  try {
    return /<html[^>]*\slang="([^"]+)"/i.exec(readFileSync(join(siteDir, 'index.html'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Makes global fetch read file: URLs; other URLs go to the real fetch. Idempotent. */
export function installFileFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith('file:')) return realFetch(input, init);
    const url = new URL(href);
    url.search = '';
    try {
      const body = await readFile(fileURLToPath(url));
      const type = url.pathname.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

/**
 * Loads <siteDir>/pagefind/pagefind.js with the given options. Each site directory is its own
 * module instance, so the real index and the baseline index can be loaded side by side.
 * `language` is what Pagefind is started with, as the site's search page does (PAGEFIND_LANGUAGE);
 * without it, the site's <html lang>, as stock pagefind.js does in a browser (the baseline).
 */
export async function loadPagefind(siteDir: string, options: Record<string, unknown> = {}, language?: string): Promise<PagefindApi> {
  installFileFetch();
  // One module instance per site and language: the English edition's index is started apart from the Chinese one.
  const moduleUrl = `${pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href}${language ? `?language=${encodeURIComponent(language)}` : ''}`;
  let api: PagefindApi;
  try {
    api = (await import(moduleUrl)) as PagefindApi;
  } catch {
    throw new Error(`找不到 ${join(siteDir, 'pagefind', 'pagefind.js')}：先运行 npm run build 生成搜索索引`);
  }
  // Result URLs as the site serves them (/articles/x/), not file paths.
  await api.options({ baseUrl: '/', ...options });
  // pagefind.js reads <html lang> as it starts and, for zh, splits every query again with
  // Intl.Segmenter. Node has no document: lend it the language while Pagefind starts, so the
  // eval searches exactly what a reader's browser searches.
  const lang = language ?? siteLanguage(siteDir);
  const g = globalThis as { document?: unknown };
  const hadDocument = 'document' in g;
  if (!hadDocument && lang) g.document = { querySelector: (s: string) => (s === 'html' ? { getAttribute: (a: string) => (a === 'lang' ? lang : null) } : null) };
  try {
    await api.init();
  } finally {
    if (!hadDocument) delete g.document;
  }
  return api;
}
