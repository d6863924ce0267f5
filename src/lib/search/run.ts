/**
 * One search, as the reader gets it: Pagefind with our ranking options, the top candidates'
 * data loaded, then the symptom re-rank. The /search/ page and the eval both call runSearch,
 * so the eval's figures are the page's figures.
 */
import { parseQuery, type SearchQuery } from './normalize.ts';
import { kindOfUrl, rerank, type PageKind } from './rerank.ts';
import { symptomMatches, type SymptomTerms } from './match.ts';
import { FILTER_CATEGORY, META_SUMMARY, META_SYMPTOM_IDS, META_SYMPTOM_LABELS, META_TITLE } from './contract.ts';
import { CANDIDATE_COUNT, EXPANSION_MATCH, EXPANSION_WEIGHT, MIN_CANDIDATES, PARTIAL_LIST_WEIGHT } from './tuning.ts';

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
  /** The page's own summary (plain text), when it has one: shown in preference to the excerpt. */
  summary: string;
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
    title: meta[META_TITLE] ?? data.url,
    excerpt: data.excerpt,
    summary: meta[META_SUMMARY] ?? '',
    symptoms: (meta[META_SYMPTOM_IDS] ?? '').split(/\s+/).filter(Boolean),
    symptomLabels: meta[META_SYMPTOM_LABELS] ?? '',
    category: data.filters?.[FILTER_CATEGORY]?.[0] ?? '',
    kind: kindOfUrl(data.url),
    score,
  };
}

type RawResult = { id?: string; score: number; data: () => Promise<ResultData> };

/**
 * Results of several one-word searches, one per page, scores summed, best first. A page must
 * have at least half of the words: one shared common character (的, 不) is not a match.
 */
export function mergeByPage(lists: RawResult[][]): RawResult[] {
  const byId = new Map<string, { r: RawResult; words: number }>();
  lists.forEach((list) => {
    list.forEach((r, i) => {
      const key = r.id ?? `#${byId.size}-${i}`;
      const seen = byId.get(key);
      byId.set(key, seen ? { r: { ...seen.r, score: seen.r.score + r.score }, words: seen.words + 1 } : { r: { ...r }, words: 1 });
    });
  });
  const needed = Math.ceil(lists.length / 2);
  return [...byId.values()].filter((x) => x.words >= needed).map((x) => x.r).sort((a, b) => b.score - a.score);
}

export interface SearchOptions {
  /** Category filter value (the category name), or undefined for all. */
  category?: string;
  /** false runs Pagefind's order only (the eval's ablation). */
  rerank?: boolean;
}

export async function runSearch(
  pagefind: PagefindLike,
  rawQuery: string | SearchQuery,
  table: SymptomTerms[],
  options: SearchOptions = {},
): Promise<Hit[]> {
  return (await searchPages(pagefind, rawQuery, table, options)).hits;
}

/** runSearch with the number of pages found in all (only the best CANDIDATE_COUNT are loaded). */
export async function searchPages(
  pagefind: PagefindLike,
  rawQuery: string | SearchQuery,
  table: SymptomTerms[],
  options: SearchOptions = {},
): Promise<{ hits: Hit[]; total: number }> {
  const q = typeof rawQuery === 'string' ? parseQuery(rawQuery) : rawQuery;
  const query = q.words;
  if (query === '') return { hits: [], total: 0 };
  const filters = options.category ? { [FILTER_CATEGORY]: options.category } : undefined;
  const searchOptions = filters ? { filters } : {};
  const find = async (q: string) => (await pagefind.search(q, searchOptions))?.results ?? [];

  // 1. Pages with every word of the query (a few index chunks: one per word, not per character).
  const lists: WeightedList[] = [{ weight: 1, results: await find(query) }];
  // 2. Too few: pages with any of the terms, most matched first. Pagefind has these index
  //    chunks already, so this costs no download (零钱 负数 on a small site).
  const terms = query.split(' ');
  if (pagesFound(lists) < MIN_CANDIDATES && terms.length > 1) {
    lists.push({ weight: PARTIAL_LIST_WEIGHT, results: mergeByPage(await Promise.all(terms.map(find))) });
  }
  // 3. Still too few: every character instead (a typo: 提线 is on no page), then pages with any
  //    of the characters. Each character may need another index chunk, so only now.
  if (pagesFound(lists) < MIN_CANDIDATES) {
    const chars = q.characters;
    const wider = chars !== query ? await find(chars) : [];
    if (wider.length > lists[0].results.length) lists[0] = { weight: 1, results: wider };
    const characters = chars.split(' ').filter(Boolean);
    if (pagesFound(lists) < MIN_CANDIDATES && characters.length > 1) {
      lists.push({ weight: PARTIAL_LIST_WEIGHT, results: mergeByPage(await Promise.all(characters.map(find))) });
    }
  }
  // 4. Still too few: the pages of symptoms the query names in other words (a colloquial,
  //    pinyin or English alias), found through the symptom's label — Pagefind itself knows no
  //    synonyms. Each label may need further index chunks, so only when the query alone fails.
  const matches = options.rerank === false ? new Map<string, number>() : symptomMatches(q, table);
  let found = pagesFound(lists);
  for (const symptom of table) {
    if (found >= MIN_CANDIDATES) break;
    const match = matches.get(symptom.id) ?? 0;
    if (match < EXPANSION_MATCH) continue;
    lists.push({ weight: EXPANSION_WEIGHT * match, results: await find(parseQuery(symptom.label).words) });
    found = pagesFound(lists);
  }

  const all = fuse(lists);
  const top = all.slice(0, CANDIDATE_COUNT);
  const hits = await Promise.all(top.map(async (r) => toHit(await r.data(), r.score)));
  return { hits: options.rerank === false ? hits : rerank(hits, matches), total: all.length };
}

interface WeightedList {
  weight: number;
  results: RawResult[];
}

/** How many different pages the lists hold together. */
function pagesFound(lists: WeightedList[]): number {
  return new Set(lists.flatMap((l) => l.results.map((r, i) => r.id ?? `#${i}`))).size;
}

/**
 * One list from several: each list's scores scaled to its best (so lists are comparable) and
 * by the list's weight; a page found by several lists keeps its best. Best first, stable.
 */
export function fuse(lists: WeightedList[]): RawResult[] {
  const byId = new Map<string, { r: RawResult; order: number }>();
  let order = 0;
  for (const { weight, results } of lists) {
    const best = Math.max(0, ...results.map((r) => r.score));
    for (const r of results) {
      const score = best > 0 ? (weight * r.score) / best : 0;
      const key = r.id ?? `#${order}`;
      const seen = byId.get(key);
      if (!seen) byId.set(key, { r: { ...r, score }, order: order++ });
      else if (score > seen.r.score) seen.r = { ...seen.r, score };
    }
  }
  return [...byId.values()].sort((a, b) => b.r.score - a.r.score || a.order - b.order).map((x) => x.r);
}
