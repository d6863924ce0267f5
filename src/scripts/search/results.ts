/**
 * Everything Pagefind's results need, loaded with Pagefind on the first search (a dynamic import
 * from search-page.ts), not before: the page's first script stays small and the instant answer
 * does not wait for it.
 */
import { searchPages, PAGEFIND_OPTIONS, type Hit, type PagefindLike } from '../../lib/search/run.ts';
import type { SearchQuery } from '../../lib/search/normalize.ts';
import type { SymptomTerms } from '../../lib/search/match.ts';
export { resultItem } from './render.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Pagefind in its web worker, not on the main thread (noWorker): with Lighthouse mobile (4× CPU
 * slowdown) the main-thread search blocked for seconds (JS gunzip of the WebAssembly and index
 * chunks, the search itself); in the worker the page stays responsive. README「搜索」has the figures.
 */
const PAGEFIND_WORKER = true;

type Pagefind = PagefindLike & { options: (o: object) => Promise<void>; init: () => Promise<void> };
let pagefindPromise: Promise<Pagefind> | undefined;

/** Starts Pagefind once (again after a failure). */
export function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ ...PAGEFIND_OPTIONS, noWorker: !PAGEFIND_WORKER });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => { pagefindPromise = undefined; });
  return pagefindPromise;
}

/** Pagefind's ranked results for a parsed query (the page and the eval share searchPages). */
export async function pagefindResults(query: SearchQuery, table: SymptomTerms[], category: string | undefined): Promise<{ hits: Hit[]; total: number }> {
  return searchPages(await loadPagefind(), query, table, { category });
}
