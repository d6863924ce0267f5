/** Relevance figures for the search eval: hit@k and mean reciprocal rank over a query set. */

export interface QueryCase {
  query: string;
  expected: string;
  note: string;
}

/** Per query: the symptom ids of each ranked result, best first. */
export interface RankedCase extends QueryCase {
  ranked: { url: string; symptoms: string[] }[];
}

export interface Metrics {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Queries whose expected symptom is not first, with what came first and where it was found. */
  misses: { query: string; expected: string; rank: number | null; first: string | null }[];
}

/** 1-based rank of the first result answering the expected symptom, or null. */
export function firstHitRank(c: RankedCase): number | null {
  const index = c.ranked.findIndex((r) => r.symptoms.includes(c.expected));
  return index === -1 ? null : index + 1;
}

export function computeMetrics(cases: RankedCase[]): Metrics {
  if (cases.length === 0) return { queries: 0, hitAt1: 0, hitAt3: 0, mrr: 0, misses: [] };
  let at1 = 0;
  let at3 = 0;
  let rr = 0;
  const misses: Metrics['misses'] = [];
  for (const c of cases) {
    const rank = firstHitRank(c);
    if (rank === 1) at1++;
    if (rank !== null && rank <= 3) at3++;
    if (rank !== null) rr += 1 / rank;
    if (rank !== 1) misses.push({ query: c.query, expected: c.expected, rank, first: c.ranked[0]?.url ?? null });
  }
  const n = cases.length;
  return { queries: n, hitAt1: at1 / n, hitAt3: at3 / n, mrr: rr / n, misses };
}

/**
 * Reads the query set (TSV: query, expected symptom id, note; first line is the header).
 * Bad lines are reported with their line number, never skipped silently.
 */
export function parseQueriesTsv(text: string, file = 'queries.tsv'): QueryCase[] {
  const lines = text.split(/\r?\n/);
  const cases: QueryCase[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '' || line.startsWith('#')) return;
    const [query = '', expected = '', note = ''] = line.split('\t');
    if (query.trim() === '' || expected.trim() === '') {
      throw new Error(`${file} 第 ${i + 1} 行：需要用制表符分隔的「查询」和「预期症状 id」两列`);
    }
    cases.push({ query: query.trim(), expected: expected.trim(), note: note.trim() });
  });
  return cases;
}

/** How the instant answer did on a query set: its first symptom right, wrong, or none offered. */
export interface InstantMetrics {
  queries: number;
  right: number;
  wrong: number;
  none: number;
  /** Queries whose first instant answer is another symptom. */
  wrongCases: { query: string; expected: string; offered: string }[];
}

export function instantMetrics(cases: (QueryCase & { instant: string[] })[]): InstantMetrics {
  const out: InstantMetrics = { queries: cases.length, right: 0, wrong: 0, none: 0, wrongCases: [] };
  for (const c of cases) {
    const first = c.instant[0];
    if (first === undefined) out.none++;
    else if (first === c.expected) out.right++;
    else {
      out.wrong++;
      out.wrongCases.push({ query: c.query, expected: c.expected, offered: first });
    }
  }
  return out;
}
