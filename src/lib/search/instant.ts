/**
 * The instant answer: the symptom(s) a query names, matched against the symptom table the
 * search page embeds — synchronous, before Pagefind (JS, WebAssembly, index) has loaded. For
 * most everyday queries that is already the answer; Pagefind's results follow below it.
 */
import type { SearchQuery, Synonyms } from './normalize.ts';
import { symptomMatches, type MainArticle, type SymptomTerms } from './match.ts';
import { INSTANT_MAX, INSTANT_MIN_MATCH, INSTANT_RUNNER_UP } from './tuning.ts';
import { symptomUrl } from '../urls.ts';

export interface InstantAnswer {
  id: string;
  label: string;
  description: string;
  /** The symptom's hub page (every article and FAQ about it). */
  hub: string;
  /** Its main article, when it has one, with its one-line answer and first step. */
  article?: MainArticle;
  /** Money may be leaving right now: show the first actions before anything else. */
  urgent: boolean;
  /** The match, 0..1 (symptomMatches). */
  match: number;
}

/**
 * What to do first when money may be leaving (the emergency article's first steps), shown inline
 * by the instant answer for every urgent symptom: freezing and calling the police must not wait
 * for Pagefind or a tap.
 */
export interface FirstActions {
  url: string;
  title: string;
  steps: string[];
  /** Compact keys (parseQuery) of the urgent symptoms' triggers: 被骗, 盗刷, 手机丢… */
  words: string[];
}

/**
 * Whether the instant answer opens with the first actions: an urgent symptom is among the answers,
 * or the query holds a trigger word although no symptom matched clearly ("网上被骗了两万怎么办").
 * Freezing and calling the police are right for anyone who types these words, so this rule may
 * speak where the symptom match stays silent.
 */
export function showsFirstActions(query: SearchQuery, answers: InstantAnswer[], firstActions?: FirstActions): firstActions is FirstActions {
  return !!firstActions && (answers.some((a) => a.urgent) || firstActions.words.some((w) => query.key.includes(w)));
}

/** Everything the search page embeds (script#search-data), built by search.astro. */
export interface SearchData {
  symptoms: SymptomTerms[];
  synonyms: Synonyms;
  firstActions?: FirstActions;
}

export function instantAnswers(query: SearchQuery, table: SymptomTerms[]): InstantAnswer[] {
  if (query.key === '' && query.latin.length === 0) return [];
  const matches = symptomMatches(query, table);
  const ranked = table
    .map((s, order) => ({ s, order, match: matches.get(s.id) ?? 0 }))
    .filter((x) => x.match >= INSTANT_MIN_MATCH)
    .sort((a, b) => b.match - a.match || a.order - b.order);
  const best = ranked[0]?.match ?? 0;
  return ranked
    .filter((x, i) => i === 0 || x.match >= INSTANT_RUNNER_UP * best)
    .slice(0, INSTANT_MAX)
    .map(({ s, match }) => ({
      id: s.id,
      label: s.label,
      description: s.description ?? '',
      hub: symptomUrl(s.id),
      ...(s.article ? { article: s.article } : {}),
      urgent: s.urgent === true,
      match,
    }));
}
