import { describe, expect, it } from 'vitest';
import { kindOfUrl, rerank, type Candidate } from '../../src/lib/search/rerank.ts';
import { gramWeights, indexSymptoms, symptomMatches, termSimilarity, type SymptomTerms } from '../../src/lib/search/match.ts';
import { CANDIDATE_COUNT, CONTAINED_BASE, INSTANT_MIN_MATCH, NUMBER_WEIGHT } from '../../src/lib/search/tuning.ts';
import { parseQuery, phrase } from '../../src/lib/search/normalize.ts';
import { fuse, mergeByPage, runSearch, searchPages, toHit, type PagefindLike, type ResultData } from '../../src/lib/search/run.ts';
import { symptomTable } from '../../src/lib/symptom-table.ts';

const table: SymptomTerms[] = symptomTable([
  { id: 'withdrawal-failed', label: '零钱提现失败', description: '提现时提示失败或被退回。', aliases: ['提现不了', 'tixian shibai', 'WeChat withdrawal failed'] },
  { id: 'withdrawal-fee', label: '提现手续费', description: '提现被收了服务费。', aliases: ['提现要手续费吗', 'shouxufei', 'withdrawal fee'] },
  { id: 'balance-negative', label: '零钱变成负数', description: '零钱余额前面出现负号。', aliases: ['余额是负的', 'lingqian fushu', 'negative balance'] },
  { id: 'balance-inaccurate', label: '零钱余额数额不对', description: '余额比你算的少。', aliases: ['零钱少了', '余额不对', 'balance wrong'] },
  { id: 'fenfu-unavailable', label: '分付用不了', description: '分付入口不见了。', aliases: ['分付不能用了', 'fenfu', 'WeChat Pay later not working'] },
]);

describe('termSimilarity', () => {
  it('scores the same saying 1 whatever the spacing, case or tones', () => {
    expect(termSimilarity(phrase('TiXian ShiBai'), phrase('tixian shibai'))).toBe(1);
    expect(termSimilarity(phrase('提现失败了怎么办'), phrase('提现失败'))).toBe(1);
  });

  it('scores containment by how much is covered', () => {
    const s = termSimilarity(phrase('fushu'), phrase('lingqian fushu'));
    expect(s).toBeGreaterThan(0.6);
    expect(s).toBeLessThan(1);
  });

  it('counts a saying inside a longer query for less than the query inside a saying', () => {
    // 关闭微信支付 is 关闭 once 微信支付 (said on every page) is dropped.
    const fragment = termSimilarity(phrase('分付'), phrase('分付用不了'));
    const surrounded = termSimilarity(phrase('亲属卡被对方关闭了'), phrase('关闭微信支付'));
    expect(fragment).toBeGreaterThanOrEqual(0.6);
    expect(surrounded).toBeCloseTo(CONTAINED_BASE + (1 - CONTAINED_BASE) * (2 / 8));
    expect(surrounded).toBeLessThan(INSTANT_MIN_MATCH);
    // A saying that is most of the query still counts a lot.
    expect(termSimilarity(phrase('零钱提现失败原因'), phrase('提现失败'))).toBeGreaterThan(INSTANT_MIN_MATCH);
  });

  it('does not treat a short Latin fragment inside a word as a match', () => {
    expect(termSimilarity(phrase('fee'), phrase('feedback'))).toBeLessThan(0.6);
  });

  it('lands a one-character typo of a saying (提线不了 for 提现不了)', () => {
    const w = indexSymptoms(table);
    const typo = termSimilarity(phrase('提线不了'), phrase('提现不了'), w);
    expect(typo).toBeGreaterThan(0.5);
    expect(typo).toBeLessThan(1);
    // Two characters off is no longer a typo of the same saying.
    expect(termSimilarity(phrase('分付不了'), phrase('提现不了'), w)).toBeLessThan(typo);
  });

  it('weighs a number the reader quotes NUMBER_WEIGHT times a word as rare', () => {
    const w = gramWeights(symptomTable([
      { id: 'balance-zero', label: '零钱余额显示为零', description: '余额是 0。', aliases: ['零钱余额为 0'] },
      { id: 'balance-negative', label: '零钱变成负数', description: '余额前面出现负号。', aliases: ['余额是负的'] },
    ]));
    expect(w.get('0')).toBeCloseTo(NUMBER_WEIGHT * w.get('负')!);
  });

  it('gives unrelated sayings nothing', () => {
    expect(termSimilarity(phrase('分付'), phrase('零钱少了'))).toBe(0);
    expect(termSimilarity(phrase(''), phrase('零钱少了'))).toBe(0);
  });
});

describe('symptomMatches', () => {
  const best = (q: string) => [...symptomMatches(parseQuery(q), table)].sort((a, b) => b[1] - a[1])[0];

  it.each([
    ['零钱咋变负数了', 'balance-negative'],
    ['提现要手续费吗', 'withdrawal-fee'],
    ['fenfu', 'fenfu-unavailable'],
    ['wechat pay later', 'fenfu-unavailable'],
    ['tixianshibai', 'withdrawal-failed'],
    ['余额出现负号', 'balance-negative'],
  ])('matches %s to %s', (query, id) => {
    const [top, score] = best(query);
    expect(top).toBe(id);
    expect(score).toBeGreaterThan(0);
  });

  it('weighs pieces many symptoms share below pieces only one uses', () => {
    const w = gramWeights(table);
    expect(w.get('负')!).toBeGreaterThan(w.get('零')!);
  });

  it('gives no boost when nothing is close (shared characters alone are noise)', () => {
    expect([...symptomMatches(parseQuery('银行'), table).values()].every((v) => v === 0)).toBe(true);
  });
});

describe('rerank', () => {
  const c = (url: string, score: number, symptoms: string[]): Candidate => ({ url, score, symptoms, kind: kindOfUrl(url) });

  it('lifts the pages answering the matched symptom above higher raw scores', () => {
    const order = rerank([c('/articles/balance-inaccurate/', 10, ['balance-inaccurate']), c('/faq/negative/', 6, ['balance-negative']), c('/articles/balance-negative/', 5, ['balance-negative'])], symptomMatches(parseQuery('零钱变负数了'), table));
    expect(order.map((x) => x.url)).toEqual(['/articles/balance-negative/', '/faq/negative/', '/articles/balance-inaccurate/']);
  });

  it('counts a page\'s own (first) symptom above one it only touches', () => {
    const order = rerank([c('/articles/withdrawal-failed/', 5, ['withdrawal-failed', 'withdrawal-fee']), c('/articles/withdrawal-fee/', 5, ['withdrawal-fee'])], symptomMatches(parseQuery('提现手续费'), table));
    expect(order[0].url).toBe('/articles/withdrawal-fee/');
  });

  it('keeps Pagefind\'s order when no symptom matches (stable)', () => {
    const input = [c('/a/', 3, []), c('/b/', 3, []), c('/c/', 1, [])];
    expect(rerank(input, symptomMatches(parseQuery('银行'), table))).toEqual(input);
  });

  it('knows page kinds from the URL contract', () => {
    expect(['/articles/x/', '/faq/y/', '/symptoms/z/', '/about/'].map(kindOfUrl)).toEqual(['article', 'faq', 'symptom', 'other']);
  });
});

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
