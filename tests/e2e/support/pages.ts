/**
 * One representative URL per page type of the selector/URL contract (the page URLs of src/lib/urls.ts and the search ids of src/lib/search/contract.ts).
 * The slugs are the site's anchor content: the withdrawal-failed article and symptom, the
 * withdrawal category and the withdrawal-fee FAQ. A page type that is missing makes the tests
 * that visit it fail (its status is checked), never skip.
 */
import { defaultSite } from '../../build/site.ts';

export interface PageType {
  /** Short name used in test titles and screenshot file names. */
  name: string;
  path: string;
  /** The HTTP status a static host returns for it. */
  status: 200 | 404;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'symptom-index', path: '/symptoms/', status: 200 },
  { name: 'symptom-hub', path: '/symptoms/withdrawal-failed/', status: 200 },
  { name: 'article', path: '/articles/withdrawal-failed/', status: 200 },
  { name: 'faq-index', path: '/faq/', status: 200 },
  { name: 'faq-page', path: '/faq/withdrawal-fee/', status: 200 },
  { name: 'category', path: '/categories/withdrawal/', status: 200 },
  { name: 'search', path: `/search/?q=${encodeURIComponent('提现失败')}`, status: 200 },
  { name: 'about', path: '/about/', status: 200 },
  { name: '404', path: '/this-page-does-not-exist/', status: 404 },
];

/** The English edition's page types (issue 24): the same pages under /en/, in English. */
export const EN_PAGE_TYPES: PageType[] = [
  { name: 'en-home', path: '/en/', status: 200 },
  { name: 'en-symptom-hub', path: '/en/symptoms/intl-card-payment-declined/', status: 200 },
  { name: 'en-article', path: '/en/articles/intl-card-payment-declined/', status: 200 },
  { name: 'en-faq-index', path: '/en/faq/', status: 200 },
  { name: 'en-search', path: `/en/search/?q=${encodeURIComponent('card declined')}`, status: 200 },
  { name: 'en-about', path: '/en/about/', status: 200 },
  { name: 'en-404', path: '/en/this-page-does-not-exist/', status: 404 },
];

/** Slugs of published articles that list the given symptom id, read from content/. */
export function articlesForSymptom(symptom: string): string[] {
  return defaultSite()
    .articles()
    .filter((article) => (article.data.symptoms ?? []).includes(symptom))
    .map((article) => article.slug);
}

/** Waits until the search page has rendered at least one result (Pagefind loads lazily). */
export const RESULT_LINKS = '#search-results li a';
