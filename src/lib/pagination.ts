/**
 * Long lists (a symptom's or a category's articles and FAQs, a category's FAQs) are split into
 * numbered pages, so no index page grows with the site: at 3,000 articles a single list was over
 * 500 KB. Pure helpers; Astro's paginate() makes the routes, these make the links and titles.
 */

/** Items per list page: readable on a phone, and far under the 30 KB (gzip) index-page budget. */
export const LIST_PAGE_SIZE = 30;

/** FAQs each category shows on the /faq/ index before "全部 N 条". */
export const FAQ_INDEX_TOP = 10;

/** Number of pages a list of `count` items needs (an empty list still has its first page). */
export function pageCount(count: number, size: number = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** URL of page `n` of a list whose first page is `base` (with trailing slash): base, base2/, base3/ … */
export function pageUrl(base: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`page number must be a positive integer, got ${n}`);
  const root = base.endsWith('/') ? base : `${base}/`;
  return n === 1 ? root : `${root}${n}/`;
}

export interface PageLink {
  n: number;
  href: string;
  current: boolean;
}

export interface PageNav {
  prev?: string;
  next?: string;
  /** Every page, so each is one click from any other (the 3-click reachability rule relies on it). */
  pages: PageLink[];
}

/**
 * The links of a pagination nav for page `current` of `last`. Without `current` (a list linked
 * from another page, as on /faq/) there is no prev/next and no current page.
 */
export function pageNav(base: string, last: number, current?: number): PageNav {
  if (current !== undefined && (current < 1 || current > last)) throw new Error(`page ${current} is outside 1–${last}`);
  return {
    prev: current !== undefined && current > 1 ? pageUrl(base, current - 1) : undefined,
    next: current !== undefined && current < last ? pageUrl(base, current + 1) : undefined,
    pages: Array.from({ length: last }, (_, i) => ({ n: i + 1, href: pageUrl(base, i + 1), current: i + 1 === current })),
  };
}

/** Page title: the list's title, with the page number after the first page. */
export function pagedTitle(title: string, n: number): string {
  return n > 1 ? `${title}（第 ${n} 页）` : title;
}

/** An article or FAQ in a list page. */
export interface ListEntry {
  kind: 'article' | 'faq';
  href: string;
  title: string;
  text?: string;
}

/** One page's entries split into its articles and its FAQs, each in list order. */
export function byKind(entries: readonly ListEntry[]): { articles: ListEntry[]; faqs: ListEntry[] } {
  return { articles: entries.filter((e) => e.kind === 'article'), faqs: entries.filter((e) => e.kind === 'faq') };
}
