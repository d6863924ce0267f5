/**
 * A small, explainable re-rank on top of Pagefind. Pagefind indexes Chinese as single
 * characters and pairs and knows no synonyms, so nearly every query matches many pages and
 * the order is what matters. Here each result's score is topped up by how closely the query
 * matches the label or an alias of the symptoms the page answers (its own first symptom
 * counting most: symptomMatches in match.ts), and articles — the full answer — lead over hubs
 * and short FAQs when they answer the same symptom. The browser and the eval both call this, so the eval measures
 * what readers get.
 */
import { KIND_WEIGHT, MATCH_WEIGHT, SECONDARY_WEIGHT } from './tuning.ts';

export type PageKind = 'article' | 'symptom' | 'faq' | 'other';

export interface Candidate {
  url: string;
  /** Pagefind's score (any positive scale). */
  score: number;
  /** Symptom ids the page answers, its own first. */
  symptoms: string[];
  kind: PageKind;
}

/** Page kind from its URL (the URL contract: /articles/, /faq/, /symptoms/). */
export function kindOfUrl(url: string): PageKind {
  if (/\/articles\/[^/]+\/?$/.test(url)) return 'article';
  if (/\/faq\/[^/]+\/?$/.test(url)) return 'faq';
  if (/\/symptoms\/[^/]+\/?$/.test(url)) return 'symptom';
  return 'other';
}

/** The final score of each candidate; exported for tests and for explaining an order. */
export function rerankScore(candidate: Candidate, topScore: number, matches: Map<string, number>): number {
  const base = topScore > 0 ? candidate.score / topScore : 0;
  let match = 0;
  candidate.symptoms.forEach((id, i) => {
    match = Math.max(match, (matches.get(id) ?? 0) * (i === 0 ? 1 : SECONDARY_WEIGHT));
  });
  return base + MATCH_WEIGHT * match * KIND_WEIGHT[candidate.kind];
}

/** Candidates in their new order by the query's symptom matches (stable: equal scores keep Pagefind's order). */
export function rerank<T extends Candidate>(candidates: T[], matches: Map<string, number>): T[] {
  const topScore = Math.max(0, ...candidates.map((c) => c.score));
  return candidates
    .map((c, i) => ({ c, i, s: rerankScore(c, topScore, matches) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}
