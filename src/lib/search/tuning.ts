/**
 * Every ranking constant and weight of the search, each with why it has its value. Change one
 * here, then `npm run build && npm run eval:search`: the tuning set must not get worse, and the
 * held-out set (never tuned on) is the honest check. docs/architecture.md has the recipe.
 */
import type { PageKind } from './rerank.ts';

// ---- Pagefind (run.ts) -------------------------------------------------------------------------

/**
 * Pagefind options for both the page and the eval. Ranking stays at Pagefind's defaults: on
 * the query sets, other termFrequency/pageLength/termSaturation values changed Pagefind's own
 * order by a point or two either way and the re-ranked result not at all.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 40 } as const;

/**
 * The language Pagefind is started with. For zh, ja and th Pagefind splits every query again
 * with Intl.Segmenter, whose dictionary cuts 提现 or 客服 into single characters: each character
 * then costs an index chunk and matches every word it begins. Under a language it does not split,
 * Pagefind searches the terms as parseQuery wrote them; it still uses the site's only index.
 */
export const PAGEFIND_LANGUAGE = 'unknown';

/**
 * How many of Pagefind's results are re-ranked: their data fragments are loaded, so this is
 * also what the page shows (10). More cost a fragment request each and, on the query sets,
 * changed no first or top-three answer: the alias block already puts the answer near the top.
 */
export const CANDIDATE_COUNT = 10;

/** Below this many pages for the whole query, pages matching only part of it are added. */
export const MIN_CANDIDATES = 8;
/** Pages with only some of the words (or characters) count this much of those with all of them. */
export const PARTIAL_LIST_WEIGHT = 0.6;
/** A symptom matched at least this well also has its own pages searched (alias expansion). */
export const EXPANSION_MATCH = 0.5;
/** Pages found through a symptom's label count this much of the match: found by its words, not the reader's. */
export const EXPANSION_WEIGHT = 0.5;

// ---- Matching a query to the symptom table (match.ts) -------------------------------------------

/** Matches weaker than this are noise (shared characters such as 零钱) and give no boost. */
export const MIN_MATCH = 0.35;
/** A full cover by several sayings counts a little less than one saying that matches. */
export const COVERAGE_WEIGHT = 0.85;
/** A saying one character off (a typo) counts this much of a full match, times the share that agrees. */
export const TYPO_WEIGHT = 0.85;
/** A query inside a saying (分付 in 分付用不了) is a fragment of it: it starts from this much … */
export const FRAGMENT_BASE = 0.6;
/** … plus this much times the share of the saying it covers. */
export const FRAGMENT_SHARE = 0.4;
/** A saying found inside a longer query starts from this much, plus the share of the query it covers. */
export const CONTAINED_BASE = 0.3;
/** Similar but not contained: at most this much of a full match, so a containment or an exact saying wins. */
export const SIMILAR_CAP = 0.8;
/** Of a similarity, single characters (and numbers) count half … */
export const CHARACTER_SHARE = 0.5;
/** … and character pairs the other half: a shared pair says more than two shared characters. */
export const PAIR_SHARE = 0.5;
/**
 * A number a reader quotes is what the screen shows (余额变成0了, 收了0.1%): it says more than the
 * words around it (变成 is also how 零钱变成负数 reads), so known numbers weigh this many times more.
 */
export const NUMBER_WEIGHT = 2;

// ---- Re-ranking Pagefind's results (rerank.ts) ---------------------------------------------------

/** How much a page kind's symptom match counts: the article is the complete answer. */
export const KIND_WEIGHT: Record<PageKind, number> = { article: 1, symptom: 0.9, faq: 0.8, other: 0.5 };
/** A page's secondary symptoms count for less than its own. */
export const SECONDARY_WEIGHT = 0.6;
/** Weight of the symptom match against Pagefind's normalised score (0..1). */
export const MATCH_WEIGHT = 1.5;

// ---- The instant answer (instant.ts) ---------------------------------------------------------------

/**
 * A symptom is offered only when the query says it this clearly: a wrong answer shown first is
 * worse than none. Chosen on tests/search/queries.tsv so that the first instant answer is right
 * for nearly every query that gets one (npm run eval:search prints both rates).
 */
export const INSTANT_MIN_MATCH = 0.55;
/** At most this many symptoms: the block answers, the list below browses. */
export const INSTANT_MAX = 2;
/** A second symptom is offered only when it matches nearly as well as the first. */
export const INSTANT_RUNNER_UP = 0.9;
