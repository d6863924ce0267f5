/**
 * Every budget in one place: tests/build/budgets.test.ts asserts the byte budgets on the real
 * build, scripts/bench.ts flags all of them (bytes, Lighthouse, build scaling) on synthetic sites.
 * Readers are on cheap phones and slow networks.
 */
import { KB } from './page-weight.ts';

export const BUDGETS = {
  /** An article page's HTML + CSS, gzip: the answer arrives in one or two round trips. */
  articleHtmlCss: 20 * KB,
  /**
   * JavaScript before the first search interaction, gzip, on every page. 5 KB plus 128 bytes
   * (measured 2026-12-02): the search page's query cap (issue 22, +72 bytes gzip) came on top of
   * the emergency first actions, and no further code could be cut without losing a feature.
   */
  initialJs: 5 * KB + 128,
  /** Each index page (a symptom's or category's list), gzip, at any content size. */
  indexPage: 30 * KB,
  /** Pagefind bytes before the first result of a query on a 1,000-article site, gzip. */
  firstSearchPagefind: 150 * KB,
  /** Lighthouse mobile, every page measured (the targets). */
  lighthouse: { performance: 0.95, lcpMs: 1500, tbtMs: 100, cls: 0.02 },
  /** Build time at N = 3,000 over N = 1,000: at most this ratio (the cost per article does not grow with N). */
  buildScaling: 3.3,
} as const;
