/**
 * Everything Pagefind's results need, loaded with Pagefind on the first search (a dynamic import
 * from search-page.ts), not before: the page's first script stays small and the instant answer
 * does not wait for it.
 */
import { searchPages, type Hit, type PagefindLike } from '../../lib/search/run.ts';
import { PAGEFIND_OPTIONS } from '../../lib/search/tuning.ts';
import type { SearchQuery } from '../../lib/search/normalize.ts';
import type { SymptomTerms } from '../../lib/search/match.ts';
import { startPagefindWorker } from './pagefind-worker.ts';
export { resultItem } from './render.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';

type PagefindModule = PagefindLike & { options: (o: object) => Promise<void>; init: () => Promise<void> };
let pagefindPromise: Promise<PagefindLike> | undefined;

/**
 * Pagefind in its web worker, not on the main thread: with Lighthouse mobile (4× CPU slowdown)
 * the main-thread search blocked for seconds (JS gunzip of the WebAssembly and index chunks, the
 * search itself). The worker is spoken to directly (pagefind-worker.ts); where that fails,
 * pagefind.js, which finds its own way (its worker, or the main thread).
 */
async function startPagefind(): Promise<PagefindLike> {
  try {
    return await startPagefindWorker();
  } catch {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
    await pagefind.options(PAGEFIND_OPTIONS);
    await pagefind.init();
    return pagefind;
  }
}

/** Starts Pagefind once (again after a failure). */
export function loadPagefind(): Promise<PagefindLike> {
  pagefindPromise ??= startPagefind();
  pagefindPromise.catch(() => { pagefindPromise = undefined; });
  return pagefindPromise;
}

/**
 * A keyboard is likely: the main pointer is precise and can hover (a mouse, a trackpad). Phones
 * and tablets say no, and their readers are not told about arrow keys they do not have.
 */
export const keyboardLikely = (): boolean => matchMedia('(hover: hover) and (pointer: fine)').matches;

/**
 * The status line once Pagefind has answered (here, not in search-page.ts: it is only needed
 * with the results). `nothing`: no result and no instant answer, so the suggestions come back.
 * The arrow-key hint only where a keyboard is likely (keyboardLikely).
 */
export function resultStatus(query: SearchQuery, shown: number, total: number, instant: boolean, keyboard: boolean): { text: string; nothing: boolean } {
  if (shown === 0 && !instant) return { nothing: true, text: `没有找到和「${query.raw}」相关的内容。换个说法试试，或从下面的常见问题、全部症状和常见问答里找。` };
  return { nothing: false, text: `找到 ${Math.max(total, shown)} 个相关页面。${keyboard ? '用上下方向键选择，回车打开。' : ''}` };
}

/** Pagefind's ranked results for a parsed query (the page and the eval share searchPages). */
export async function pagefindResults(query: SearchQuery, table: SymptomTerms[], category: string | undefined): Promise<{ hits: Hit[]; total: number }> {
  return searchPages(await loadPagefind(), query, table, { category });
}
