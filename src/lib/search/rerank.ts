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
  /** One sentence of what the reader sees; pooled with the terms for coverage only. */
  description?: string;
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
/** A full cover by several sayings counts a little less than one saying that matches. */
export const COVERAGE_WEIGHT = 0.85;
/** Weight of the symptom match against Pagefind's normalised score (0..1). */
export const MATCH_WEIGHT = 1.5;

type Weights = Map<string, number>;

/** Weighted Dice overlap: shared weight over the average total (1 when equal). */
function dice(a: string[], b: string[], weights?: Weights): number {
  if (a.length === 0 || b.length === 0) return 0;
  const w = (x: string) => weights?.get(x) ?? 1;
  const pool = new Map<string, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of a) {
    const n = pool.get(x) ?? 0;
    if (n > 0) { shared += w(x); pool.set(x, n - 1); }
  }
  const total = a.reduce((sum, x) => sum + w(x), 0) + b.reduce((sum, x) => sum + w(x), 0);
  return total > 0 ? (2 * shared) / total : 0;
}

function bigrams(chars: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c));

/** The pieces a term is compared by: Han characters, Han pairs and Latin words. */
function grams(text: string): string[] {
  const chars = han(compactKey(text));
  return [...chars, ...bigrams(chars), ...latinWords(text)];
}

/** Every piece of a symptom's sayings and description. */
function pooledGrams(symptom: SymptomTerms): Set<string> {
  return new Set([...symptom.terms, symptom.description ?? ''].flatMap(grams));
}

/**
 * How telling each character, pair or word is: pieces that many symptoms share (零钱, 余额,
 * 提现) weigh little, pieces only one symptom uses (负, 冻结, 分付) weigh a lot — inverse
 * document frequency over the symptom table, one "document" per symptom.
 */
export function gramWeights(table: SymptomTerms[]): Weights {
  const df = new Map<string, number>();
  for (const symptom of table) {
    for (const g of pooledGrams(symptom)) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const n = table.length;
  const weights: Weights = new Map();
  for (const [g, count] of df) weights.set(g, Math.log(1 + n / count));
  return weights;
}

/**
 * 0..1: how closely a query says the same thing as one alias. Equal keys score 1; one
 * containing the other scores by how much of it is covered; otherwise Latin text is compared
 * by words and Chinese by characters and character pairs (so a one-character typo still lands),
 * each piece weighted by how telling it is (gramWeights; unknown pieces weigh as rare ones).
 */
export function termSimilarity(query: string, term: string, weights?: Weights): number {
  const q = compactKey(query);
  const t = compactKey(term);
  if (q === '' || t === '') return 0;
  if (q === t) return 1;
  const [shorter, longer] = q.length <= t.length ? [q, t] : [t, q];
  const latin = /^[a-z0-9%.]+$/.test(shorter);
  if (shorter.length >= (latin ? 4 : 2) && longer.includes(shorter)) return 0.6 + 0.4 * (shorter.length / longer.length);
  const rare = weights ? Math.max(1, ...weights.values()) : 1;
  const w: Weights = new Map();
  const lookup = (g: string) => weights?.get(g) ?? rare;
  const qHan = han(q);
  const tHan = han(t);
  if (qHan.length === 0 || tHan.length === 0) {
    const qWords = latinWords(query);
    const tWords = latinWords(term);
    for (const g of [...qWords, ...tWords]) w.set(g, lookup(g));
    return 0.8 * dice(qWords, tWords, w);
  }
  const qPairs = bigrams(qHan);
  const tPairs = bigrams(tHan);
  for (const g of [...qHan, ...tHan, ...qPairs, ...tPairs]) w.set(g, lookup(g));
  return 0.8 * (0.5 * dice(qHan, tHan, w) + 0.5 * dice(qPairs, tPairs, w));
}

/**
 * How much of the query a symptom's sayings cover, weighted by how telling each piece is:
 * the symptom's label and aliases pooled as one "document". Pieces no symptom uses (a typo's
 * wrong character, 提示, 号) weigh as an average piece, so they dilute every symptom alike.
 */
export function coverage(query: string, pooled: Set<string>, weights: Weights): number {
  const pieces = [...new Set(grams(query))];
  if (pieces.length === 0) return 0;
  let mean = 0;
  for (const w of weights.values()) mean += w;
  mean = weights.size > 0 ? mean / weights.size : 1;
  let covered = 0;
  let total = 0;
  for (const g of pieces) {
    const w = weights.get(g) ?? mean;
    total += w;
    if (pooled.has(g)) covered += w;
  }
  return total > 0 ? covered / total : 0;
}

/**
 * The match of the query with each symptom, 0..1 (0 when below MIN_MATCH): the best of its
 * closest single saying (termSimilarity) and how much of the query its sayings cover together.
 */
export function symptomMatches(query: string, table: SymptomTerms[]): Map<string, number> {
  const out = new Map<string, number>();
  const weights = gramWeights(table);
  for (const symptom of table) {
    let best = 0;
    for (const term of symptom.terms) best = Math.max(best, termSimilarity(query, term, weights));
    const pooled = pooledGrams(symptom);
    best = Math.max(best, COVERAGE_WEIGHT * coverage(query, pooled, weights));
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
