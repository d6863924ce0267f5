import { describe, expect, it } from 'vitest';
import { gramWeights, indexSymptoms, symptomMatches, termSimilarity } from '../../src/lib/search/match.ts';
import { CONTAINED_BASE, INSTANT_MIN_MATCH, NUMBER_WEIGHT } from '../../src/lib/search/tuning.ts';
import { parseQuery, phrase } from '../../src/lib/search/normalize.ts';
import { symptomTable } from '../../src/lib/symptom-table.ts';
import { table } from '../helpers/search-table.ts';

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
