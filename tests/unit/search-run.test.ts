import { describe, expect, it } from 'vitest';
import { fuse, mergeByPage, runSearch, searchPages, toHit, type PagefindLike, type ResultData } from '../../src/lib/search/run.ts';
import { CANDIDATE_COUNT } from '../../src/lib/search/tuning.ts';
import { table } from '../helpers/search-table.ts';

describe('runSearch', () => {
  const data = (url: string, symptoms: string): ResultData => ({ url, excerpt: '<mark>x</mark>', meta: { title: url, symptoms, symptom: '标签' }, filters: { category: ['提现'] } });
  const fake = (pages: Record<string, { score: number; data: ResultData }[]>): PagefindLike & { calls: unknown[] } => {
    const calls: unknown[] = [];
    return {
      calls,
      search(q, options) {
        calls.push([q, options]);
        return Promise.resolve({ results: (pages[q] ?? []).map((p) => ({ id: p.data.url, score: p.score, data: () => Promise.resolve(p.data) })) });
      },
    };
  };

  it('reads the SearchTerms meta into a hit', () => {
    expect(toHit(data('/articles/a/', 'withdrawal-failed withdrawal-fee'), 2)).toMatchObject({
      url: '/articles/a/', title: '/articles/a/', symptoms: ['withdrawal-failed', 'withdrawal-fee'], category: '提现', kind: 'article', score: 2,
    });
  });

  it('passes the category filter and the cleaned query to Pagefind', async () => {
    const pf = fake({ '提现 失败': [{ score: 1, data: data('/articles/a/', 'withdrawal-failed') }] });
    const hits = await runSearch(pf, '提现失败了吗', table, { category: '提现' });
    expect(pf.calls[0]).toEqual(['提现 失败', { filters: { category: '提现' } }]);
    expect(pf.calls.every((c) => JSON.stringify((c as unknown[])[1]) === '{"filters":{"category":"提现"}}')).toBe(true);
    expect(hits.map((h) => h.url)).toEqual(['/articles/a/']);
  });

  it('falls back to any-word matching when no page has every word', async () => {
    const pf = fake({
      unauthorized: [{ score: 2, data: data('/articles/s/', 'suspicious-transaction') }],
      payment: [{ score: 1, data: data('/articles/p/', 'payment-failed') }, { score: 2, data: data('/articles/s/', 'suspicious-transaction') }],
    });
    const hits = await runSearch(pf, 'unauthorized payment', table, { rerank: false });
    expect(hits.map((h) => h.url)).toEqual(['/articles/s/', '/articles/p/']);
    // The relaxed list counts 0.6 of a full match; scores are scaled to the list's best.
    expect(hits[0].score).toBeCloseTo(0.6);
    expect(hits[1].score).toBeCloseTo(0.15);
  });

  it('does not search for an empty query', async () => {
    const pf = fake({});
    expect(await runSearch(pf, '   ', table)).toEqual([]);
    expect(pf.calls).toEqual([]);
  });

  it('searches the label of a symptom named by an alias (expansion) when the query finds too few', async () => {
    const pf = fake({
      fenfu: [{ score: 1, data: data('/faq/other/', 'withdrawal-fee') }],
      '分付': [{ score: 9, data: data('/articles/fenfu/', 'fenfu-unavailable') }],
    });
    const hits = await runSearch(pf, 'fenfu', table);
    expect(pf.calls.map((c) => (c as [string])[0])).toEqual(['fenfu', '分付']);
    expect(hits[0].url).toBe('/articles/fenfu/');
  });

  const many = (prefix: string, n: number, symptoms: string) =>
    Array.from({ length: n }, (_, i) => ({ score: n - i, data: data(`/articles/${prefix}-${i}/`, symptoms) }));

  it('runs one search only when the words find enough pages (no characters, no labels)', async () => {
    const pf = fake({ '分付': many('fenfu', 12, 'fenfu-unavailable') });
    await runSearch(pf, '分付用不了', table);
    expect(pf.calls.map((c) => (c as [string])[0])).toEqual(['分付']);
  });

  it('widens to pages with any of the terms first (index chunks Pagefind already has)', async () => {
    const pf = fake({ '零钱 负数': many('both', 2, 'balance-negative'), '零钱': many('lq', 9, 'balance-zero'), '负数': many('both', 2, 'balance-negative') });
    const hits = await runSearch(pf, '零钱变负数', table, { rerank: false });
    expect(pf.calls.map((c) => (c as [string])[0])).toEqual(['零钱 负数', '零钱', '负数']);
    // The best page with both terms first; the pages with one fill the list.
    expect(hits[0].url).toBe('/articles/both-0/');
    expect(hits.map((h) => h.url)).toEqual(expect.arrayContaining(['/articles/both-1/', '/articles/lq-0/']));
    expect(hits).toHaveLength(CANDIDATE_COUNT);
  });

  it('searches single characters only when the terms alone find too few, keeping the longer list', async () => {
    const pf = fake({ '零钱 负数': many('few', 2, 'balance-negative'), '零 钱 变 负 数': many('neg', 9, 'balance-negative') });
    const hits = await runSearch(pf, '零钱变负数', table, { rerank: false });
    expect(pf.calls.map((c) => (c as [string])[0])).toEqual(['零钱 负数', '零钱', '负数', '零 钱 变 负 数']);
    expect(hits.map((h) => h.url)).toEqual(many('neg', 9, '').map((p) => p.data.url));
  });

  it('loads the data of the shown candidates only', async () => {
    const results = many('w', 30, 'withdrawal-failed');
    let loaded = 0;
    const pf: PagefindLike = {
      search() {
        return Promise.resolve({ results: results.map((p) => ({ id: p.data.url, score: p.score, data: () => { loaded++; return Promise.resolve(p.data); } })) });
      },
    };
    const { hits, total } = await searchPages(pf, '提现失败', table);
    expect(total).toBe(30);
    expect(hits).toHaveLength(CANDIDATE_COUNT);
    expect(loaded).toBe(CANDIDATE_COUNT);
    expect(CANDIDATE_COUNT).toBe(10);
  });

  it('fuses lists scaled to their best, keeping a page\'s best score', () => {
    const r = (id: string, score: number) => ({ id, score, data: () => Promise.resolve(data(id, '')) });
    const fused = fuse([{ weight: 1, results: [r('a', 10), r('b', 5)] }, { weight: 0.5, results: [r('b', 2), r('c', 1)] }]);
    expect(fused.map((x) => [x.id, x.score])).toEqual([['a', 1], ['b', 0.5], ['c', 0.25]]);
  });

  it('merges one-word result lists by page, keeping pages with at least half of the words', () => {
    const r = (id: string, score: number) => ({ id, score, data: () => Promise.resolve(data(id, '')) });
    expect(mergeByPage([[r('a', 1), r('b', 3)], [r('a', 5)]]).map((x) => [x.id, x.score])).toEqual([['a', 6], ['b', 3]]);
    expect(mergeByPage([[r('a', 1), r('b', 3)], [r('a', 5)], [r('a', 1)]]).map((x) => x.id)).toEqual(['a']);
  });
});
