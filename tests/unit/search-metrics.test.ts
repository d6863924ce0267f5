import { describe, expect, it } from 'vitest';
import { computeMetrics, firstHitRank, parseQueriesTsv, type RankedCase } from '../../src/lib/search/metrics.ts';

const page = (url: string, ...symptoms: string[]) => ({ url, symptoms });
const kase = (query: string, expected: string, ranked: RankedCase['ranked']): RankedCase => ({ query, expected, note: '', ranked });

describe('search metrics', () => {
  it('finds the rank of the first page answering the expected symptom', () => {
    expect(firstHitRank(kase('q', 'a', [page('/x/', 'b'), page('/y/', 'c', 'a')]))).toBe(2);
    expect(firstHitRank(kase('q', 'a', [page('/x/', 'b')]))).toBeNull();
  });

  it('computes hit@1, hit@3 and MRR and lists the misses', () => {
    const m = computeMetrics([
      kase('first', 'a', [page('/a/', 'a')]),
      kase('second', 'a', [page('/b/', 'b'), page('/a/', 'a')]),
      kase('fourth', 'a', [page('/b/', 'b'), page('/c/', 'c'), page('/d/', 'd'), page('/a/', 'a')]),
      kase('none', 'a', []),
    ]);
    expect(m.queries).toBe(4);
    expect(m.hitAt1).toBe(0.25);
    expect(m.hitAt3).toBe(0.5);
    expect(m.mrr).toBeCloseTo((1 + 0.5 + 0.25 + 0) / 4);
    expect(m.misses.map((x) => [x.query, x.rank, x.first])).toEqual([
      ['second', 2, '/b/'],
      ['fourth', 4, '/b/'],
      ['none', null, null],
    ]);
  });

  it('gives zeros for an empty set rather than NaN', () => {
    expect(computeMetrics([])).toMatchObject({ queries: 0, hitAt1: 0, hitAt3: 0, mrr: 0 });
  });

  it('reads the TSV query set and names the line of a broken row', () => {
    expect(parseQueriesTsv('query\texpected\tnote\n提现失败\twithdrawal-failed\tlabel\n\n')).toEqual([
      { query: '提现失败', expected: 'withdrawal-failed', note: 'label' },
    ]);
    expect(() => parseQueriesTsv('query\texpected\n提现失败 withdrawal-failed\n', 'q.tsv')).toThrow('q.tsv 第 2 行');
  });
});
