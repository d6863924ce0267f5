/**
 * How closely a query names each symptom: its label, aliases and description compared with the
 * query piece by piece (characters, pairs, Latin words), each piece weighted by how telling it is.
 * Used by the instant answer (instant.ts, before Pagefind loads) and by the re-rank (rerank.ts).
 */
import { editDistance } from '../edit-distance.ts';
import { phrase, type Phrase, type SearchQuery } from './normalize.ts';
import { CHARACTER_SHARE, CONTAINED_BASE, COVERAGE_WEIGHT, FRAGMENT_BASE, FRAGMENT_SHARE, MIN_MATCH, NUMBER_WEIGHT, PAIR_SHARE, SIMILAR_CAP, TYPO_WEIGHT } from './tuning.ts';

/** One symptom with every way of saying it (its label first), as the search page ships it. */
export interface SymptomTerms {
  id: string;
  label: string;
  terms: string[];
  /** One sentence of what the reader sees; pooled with the terms for coverage only. */
  description?: string;
  /** The symptom's main article (the complete answer), when it has one: for the instant answer. */
  article?: MainArticle;
  /** Money may be leaving right now: the instant answer leads with the first actions (FirstActions). */
  urgent?: boolean;
}

/** A symptom's main article as the instant answer shows it (digest.ts, at build time). */
export interface MainArticle {
  url: string;
  title: string;
  /** Its one-line answer: the summary's first sentence. */
  answer?: string;
  /** Its first step, with the menu path where the step has one. */
  firstStep?: string;
}

type Weights = Map<string, number>;

/**
 * The symptom table prepared once for matching: each saying as a Phrase, each symptom's pooled
 * pieces, and how telling every piece is. Built lazily per table and kept (tables do not change).
 */
export interface SymptomIndex {
  symptoms: { id: string; terms: Phrase[]; pooled: Set<string> }[];
  weights: Weights;
  /** Weight of the average known piece, and of the rarest (for pieces no symptom uses). */
  mean: number;
  rare: number;
}

/** Weighted Dice overlap: shared weight over the average total (1 when equal). */
function dice(a: string[], b: string[], weight: (g: string) => number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const x of b) pool.set(x, (pool.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of a) {
    const n = pool.get(x) ?? 0;
    if (n > 0) { shared += weight(x); pool.set(x, n - 1); }
  }
  const total = a.reduce((sum, x) => sum + weight(x), 0) + b.reduce((sum, x) => sum + weight(x), 0);
  return total > 0 ? (2 * shared) / total : 0;
}

/** The pieces a phrase is compared by: Han characters, Han pairs and Latin words (digits too). */
function grams(p: Phrase): string[] {
  return [...p.han, ...p.pairs, ...p.latin];
}

const indexCache = new WeakMap<SymptomTerms[], SymptomIndex>();

/**
 * Prepares a symptom table. How telling each character, pair or word is: pieces that many
 * symptoms share (零钱, 余额, 提现) weigh little, pieces only one symptom uses (负, 冻结, 分付)
 * weigh a lot — inverse document frequency over the table, one "document" per symptom (numbers
 * times NUMBER_WEIGHT).
 */
export function indexSymptoms(table: SymptomTerms[]): SymptomIndex {
  const cached = indexCache.get(table);
  if (cached) return cached;
  const symptoms = table.map((s) => {
    const terms = s.terms.map(phrase);
    const pooled = new Set([...terms, phrase(s.description ?? '')].flatMap(grams));
    return { id: s.id, terms, pooled };
  });
  const df = new Map<string, number>();
  for (const s of symptoms) for (const g of s.pooled) df.set(g, (df.get(g) ?? 0) + 1);
  const weights: Weights = new Map();
  for (const [g, count] of df) weights.set(g, Math.log(1 + symptoms.length / count) * (/^[0-9]/.test(g) ? NUMBER_WEIGHT : 1));
  let mean = 0;
  for (const w of weights.values()) mean += w;
  mean = weights.size > 0 ? mean / weights.size : 1;
  // A loop, not Math.max(...weights): spreading thousands of values into a call overflows the stack.
  let rare = 1;
  for (const w of weights.values()) if (w > rare) rare = w;
  const index = { symptoms, weights, mean, rare };
  indexCache.set(table, index);
  return index;
}

/** gramWeights(table): the piece weights of indexSymptoms, for tests and explanations. */
export function gramWeights(table: SymptomTerms[]): Weights {
  return indexSymptoms(table).weights;
}

/**
 * 0..1: how closely a query says the same thing as one saying. Equal keys score 1; one
 * containing the other scores by how much of it is covered (a saying inside a longer query from a
 * lower base, CONTAINED_BASE); a Chinese key one character off
 * (提线不了 for 提现不了) scores by the share that agrees; otherwise Latin text is compared by
 * words and Chinese by characters (with any numbers: 余额变成0了) and character pairs, each piece weighted by
 * how telling it is (unknown pieces — a typo, a word no saying uses — weigh as rare ones).
 */
export function termSimilarity(query: Phrase, term: Phrase, index?: Pick<SymptomIndex, 'weights' | 'rare'>): number {
  const q = query.key;
  const t = term.key;
  if (q === '' || t === '') return 0;
  if (q === t) return 1;
  const [shorter, longer] = q.length <= t.length ? [q, t] : [t, q];
  const latin = /^[a-z0-9%.]+$/.test(shorter);
  if (shorter.length >= (latin ? 4 : 2) && longer.includes(shorter)) {
    // A query inside a saying is a fragment of it (分付 in 分付用不了); a saying inside a longer
    // query leaves words it does not explain (亲属卡被对方 around 关闭), so it counts for less.
    const share = shorter.length / longer.length;
    return shorter === q ? FRAGMENT_BASE + FRAGMENT_SHARE * share : CONTAINED_BASE + (1 - CONTAINED_BASE) * share;
  }
  const weight = (g: string) => index?.weights.get(g) ?? index?.rare ?? 1;
  if (query.han.length === 0 || term.han.length === 0) return SIMILAR_CAP * dice(query.latin, term.latin, weight);
  let typo = 0;
  if (query.latin.length === 0 && term.latin.length === 0 && Math.min(query.han.length, term.han.length) >= 3) {
    const d = editDistance(query.han, term.han, 1);
    if (d === 1) typo = TYPO_WEIGHT * (1 - 1 / Math.max(query.han.length, term.han.length));
  }
  const digits = (p: Phrase) => p.latin.filter((w) => /^[0-9.%]+$/.test(w));
  const chars = CHARACTER_SHARE * dice([...query.han, ...digits(query)], [...term.han, ...digits(term)], weight);
  return Math.max(typo, SIMILAR_CAP * (chars + PAIR_SHARE * dice(query.pairs, term.pairs, weight)));
}

/**
 * How much of the query a symptom's sayings cover, weighted by how telling each piece is:
 * the symptom's label, aliases and description pooled as one "document". Pieces no symptom
 * uses (a typo's wrong character, 提示, 号) weigh as an average piece, so they dilute every
 * symptom alike. A Latin word covers the longer words it begins (fail → failed, limit → limits).
 */
export function coverage(query: Phrase, pooled: Set<string>, index: Pick<SymptomIndex, 'weights' | 'mean'>): number {
  const pieces = [...new Set(grams(query))];
  if (pieces.length === 0) return 0;
  let covered = 0;
  let total = 0;
  for (const g of pieces) {
    const w = index.weights.get(g) ?? index.mean;
    total += w;
    if (pooled.has(g) || (/^[a-z]{3,}$/.test(g) && [...pooled].some((p) => p.length > g.length && p.startsWith(g)))) covered += w;
  }
  return total > 0 ? covered / total : 0;
}

/**
 * The match of the query with each symptom, 0..1 (0 when below MIN_MATCH): the best of its
 * closest single saying (termSimilarity) and how much of the query its sayings cover together.
 */
export function symptomMatches(query: SearchQuery, table: SymptomTerms[]): Map<string, number> {
  const index = indexSymptoms(table);
  const out = new Map<string, number>();
  const pieces = new Set([...query.han, ...query.latin]);
  // A saying sharing no character or word with the query, and neither containing the other
  // (tixianshibai, tixian shibai), scores 0: skip the comparison.
  const related = (term: Phrase) =>
    term.han.some((c) => pieces.has(c)) || term.latin.some((w) => pieces.has(w)) || term.key.includes(query.key) || query.key.includes(term.key);
  for (const symptom of index.symptoms) {
    let best = COVERAGE_WEIGHT * coverage(query, symptom.pooled, index);
    for (const term of symptom.terms) if (related(term)) best = Math.max(best, termSimilarity(query, term, index));
    out.set(symptom.id, best >= MIN_MATCH ? best : 0);
  }
  return out;
}
