/**
 * A small, explainable re-rank on top of Pagefind. Pagefind indexes Chinese as single
 * characters and pairs and knows no synonyms, so nearly every query matches many pages and
 * the order is what matters. Here each result's score is topped up by how closely the query
 * matches the label or an alias of the symptoms the page answers (its own first symptom
 * counting most), and articles — the full answer — lead over hubs and short FAQs when they
 * answer the same symptom. The browser and the eval both call this, so the eval measures
 * what readers get.
 */
import { compactKey, latinWords } from './normalize.ts';

export type PageKind = 'article' | 'symptom' | 'faq' | 'other';

/** One symptom with every way of saying it (its label first). */
export interface SymptomTerms {
  id: string;
  label: string;
  terms: string[];
}

export interface Candidate {
  url: string;
  /** Pagefind's score (any positive scale). */
  score: number;
  /** Symptom ids the page answers, its own first. */
  symptoms: string[];
  kind: PageKind;
}

/** How much a page kind's symptom match counts: the article is the complete answer. */
export const KIND_WEIGHT: Record<PageKind, number> = { article: 1, symptom: 0.9, faq: 0.8, other: 0.5 };
/** A page's secondary symptoms count for less than its own. */
export const SECONDARY_WEIGHT = 0.6;
/** Matches weaker than this are noise (shared characters such as 零钱) and give no boost. */
export const MIN_MATCH = 0.45;
/** Weight of the symptom match against Pagefind's normalised score (0..1). */
export const MATCH_WEIGHT = 1.5;

function dice<T>(a: T[], b: T[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const pool = new Map<T, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of a) {
    const n = pool.get(x) ?? 0;
    if (n > 0) { shared++; pool.set(x, n - 1); }
  }
  return (2 * shared) / (a.length + b.length);
}

function bigrams(chars: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * 0..1: how closely a query says the same thing as one alias. Equal keys score 1; one
 * containing the other scores by how much of it is covered; otherwise Latin text is compared
 * by words and Chinese by characters and character pairs (so a one-character typo still lands).
 */
export function termSimilarity(query: string, term: string): number {
  const q = compactKey(query);
  const t = compactKey(term);
  if (q === '' || t === '') return 0;
  if (q === t) return 1;
  const [shorter, longer] = q.length <= t.length ? [q, t] : [t, q];
  const latin = /^[a-z0-9%.]+$/.test(shorter);
  if (shorter.length >= (latin ? 4 : 2) && longer.includes(shorter)) return 0.6 + 0.4 * (shorter.length / longer.length);
  const qWords = latinWords(query);
  const tWords = latinWords(term);
  const cjk = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c));
  const qHan = cjk(q);
  const tHan = cjk(t);
  if (qHan.length === 0 || tHan.length === 0) return 0.8 * dice(qWords, tWords);
  return 0.8 * (0.5 * dice(qHan, tHan) + 0.5 * dice(bigrams(qHan), bigrams(tHan)));
}

/** The best match of the query against each symptom's terms (0 when below MIN_MATCH). */
export function symptomMatches(query: string, table: SymptomTerms[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const symptom of table) {
    let best = 0;
    for (const term of symptom.terms) best = Math.max(best, termSimilarity(query, term));
    out.set(symptom.id, best >= MIN_MATCH ? best : 0);
  }
  return out;
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

/** Candidates in their new order (stable: equal scores keep Pagefind's order). */
export function rerank<T extends Candidate>(query: string, candidates: T[], table: SymptomTerms[]): T[] {
  const matches = symptomMatches(query, table);
  const topScore = Math.max(0, ...candidates.map((c) => c.score));
  return candidates
    .map((c, i) => ({ c, i, s: rerankScore(c, topScore, matches) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}
