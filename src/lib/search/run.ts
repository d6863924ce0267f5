/**
 * One search, as the reader gets it: Pagefind with our ranking options, the top candidates'
 * data loaded, then the symptom re-rank. The /search/ page and the eval both call runSearch,
 * so the eval's figures are the page's figures.
 */
import { pagefindQuery } from './normalize.ts';
import { kindOfUrl, rerank, type PageKind, type SymptomTerms } from './rerank.ts';

/** Pagefind ranking options (see Pagefind's "Customize ranking" docs); tuned with npm run eval:search. */
export const PAGEFIND_OPTIONS = {
  excerptLength: 40,
  ranking: { termFrequency: 0.6, pageLength: 0.3, termSaturation: 1.2, termSimilarity: 1.0 },
} as const;

/** How many of Pagefind's results are re-ranked (their data fragments are loaded). */
export const CANDIDATE_COUNT = 24;

/** The slice of Pagefind's JS API used here (browser and Node alike). */
export interface PagefindLike {
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id?: string; score: number; data: () => Promise<ResultData> }[] } | null>;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface Hit {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with <mark>; render it with excerptSegments, never as HTML. */
  excerpt: string;
  /** Symptom ids the page answers, its own first. */
  symptoms: string[];
  /** The symptom labels the page answers, as shown in the result. */
  symptomLabels: string;
  category: string;
  kind: PageKind;
  score: number;
}

/** Turns one Pagefind result into a Hit (meta written by SearchTerms.astro). */
export function toHit(data: ResultData, score: number): Hit {
  const meta = data.meta;
  return {
    url: data.url,
    title: meta.title ?? data.url,
    excerpt: data.excerpt,
    symptoms: (meta.symptoms ?? '').split(/\s+/).filter(Boolean),
    symptomLabels: meta.symptom ?? '',
    category: data.filters?.category?.[0] ?? '',
    kind: kindOfUrl(data.url),
    score,
  };
}

type RawResult = { id?: string; score: number; data: () => Promise<ResultData> };

/** Results of several one-word searches, one per page, scores summed, best first. */
export function mergeByPage(lists: RawResult[][]): RawResult[] {
  const byId = new Map<string, RawResult>();
  lists.flat().forEach((r, i) => {
    const key = r.id ?? `#${i}`;
    const seen = byId.get(key);
    byId.set(key, seen ? { ...seen, score: seen.score + r.score } : { ...r });
  });
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

export interface SearchOptions {
  /** Category filter value (the category name), or undefined for all. */
  category?: string;
  /** false runs Pagefind's order only (the eval's ablation). */
  rerank?: boolean;
}

export async function runSearch(
  pagefind: PagefindLike,
  rawQuery: string,
  table: SymptomTerms[],
  options: SearchOptions = {},
): Promise<Hit[]> {
  const query = pagefindQuery(rawQuery);
  if (query === '') return [];
  const filters = options.category ? { category: options.category } : undefined;
  const searchOptions = filters ? { filters } : {};
  let results = (await pagefind.search(query, searchOptions))?.results ?? [];
  const words = query.split(' ').filter(Boolean);
  if (results.length === 0 && words.length > 1) {
    // Pagefind wants every word on one page; when none has them all, take pages that have
    // any of them, best summed score first ("unauthorized payment wechat").
    results = mergeByPage(await Promise.all(words.map(async (w) => (await pagefind.search(w, searchOptions))?.results ?? [])));
  }
  const top = results.slice(0, CANDIDATE_COUNT);
  const hits = await Promise.all(top.map(async (r) => toHit(await r.data(), r.score)));
  if (options.rerank === false) return hits;
  return rerank(rawQuery, hits, table);
}

/** The symptom table shipped to the search page: label first, then every alias. */
export function symptomTable(symptoms: { id: string; label: string; aliases: string[] }[]): SymptomTerms[] {
  return symptoms.map((s) => ({ id: s.id, label: s.label, terms: [s.label, ...s.aliases] }));
}
