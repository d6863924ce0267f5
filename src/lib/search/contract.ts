/**
 * The names build and browser must agree on: what pages tell Pagefind (written by
 * src/components/SearchTerms.astro, read back by run.ts and the eval) and the search page's
 * elements (src/pages/search.astro, looked up by src/scripts/search/search-page.ts). One place,
 * so a rename cannot leave one side behind. Plain strings: the bundler inlines them.
 */

/** Pagefind meta keys (`data-pagefind-meta="key:value"`). */
export const META_SYMPTOM_IDS = 'symptoms';
export const META_SYMPTOM_LABELS = 'symptom';
export const META_SUMMARY = 'summary';
/** Pagefind's own meta key for the page title (from the first <h1>). */
export const META_TITLE = 'title';
/** The Pagefind filter a page's category name is indexed under (`data-pagefind-filter`). */
export const FILTER_CATEGORY = 'category';

/** Element ids of /search/. */
export const ID_SEARCH_FORM = 'search-form';
export const ID_SEARCH_INPUT = 'search-input';
export const ID_SEARCH_CATEGORY = 'search-category';
export const ID_SEARCH_STATUS = 'search-status';
export const ID_SEARCH_RESULTS = 'search-results';
export const ID_SEARCH_SUGGESTIONS = 'search-suggestions';
/** The JSON the page embeds (script#search-data): symptom table, synonyms, first actions. */
export const ID_SEARCH_DATA = 'search-data';

/** URL parameters of /search/ (the header's search box submits `q` too). */
export const PARAM_QUERY = 'q';
export const PARAM_CATEGORY = 'category';
