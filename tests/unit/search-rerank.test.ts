import { describe, expect, it } from 'vitest';
import { kindOfUrl, rerank, type Candidate } from '../../src/lib/search/rerank.ts';
import { symptomMatches } from '../../src/lib/search/match.ts';
import { parseQuery } from '../../src/lib/search/normalize.ts';
import { table } from '../helpers/search-table.ts';

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
