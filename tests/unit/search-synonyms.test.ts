/**
 * The synonym table: how it is applied (once, longest saying first, both to queries and to the
 * symptom table's sayings), the rules the content check adds to the schema, and one test per entry
 * of content/search-synonyms.yaml: a query in the reader's words finds the symptom the labels name.
 * The examples here are not taken from tests/search/synonyms-blind.tsv (the blind batch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { instantAnswers } from '../../src/lib/search/instant.ts';
import { applySynonyms, parseQuery } from '../../src/lib/search/normalize.ts';
import { symptomTable } from '../../src/lib/symptom-table.ts';
import { compileSynonyms, rewriteSaying, synonymProblems } from '../../src/lib/search/synonyms.ts';
import { searchSynonymsFileSchema, symptomsFileSchema } from '../../src/schemas/content.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string): unknown => parse(readFileSync(join(ROOT, 'content', file), 'utf8'));
const entries = searchSynonymsFileSchema.parse(read('search-synonyms.yaml'));
const synonyms = compileSynonyms(entries);
const table = symptomTable(symptomsFileSchema.parse(read('symptoms.yaml')), undefined, { synonyms });
const firstInstant = (query: string) => instantAnswers(parseQuery(query, synonyms), table)[0]?.id;

describe('applying the synonyms', () => {
  const pairs = compileSynonyms([
    { means: '失败', sayings: ['不成功', '没有成功'], note: '-' },
    { means: '有成', sayings: ['有成功'], note: '-' },
  ]);

  it('orders the sayings longest first, so the longest one wins where two overlap', () => {
    expect(pairs.map(([saying]) => saying)).toEqual(['没有成功', '不成功', '有成功']);
    expect(applySynonyms('提现没有成功', pairs)).toBe('提现失败');
  });

  it('replaces in one pass (a replacement is not replaced again) and leaves other text alone', () => {
    expect(applySynonyms('不成功不成功', pairs)).toBe('失败失败');
    expect(applySynonyms('提现失败', pairs)).toBe('提现失败');
    expect(applySynonyms('提现不成功', [])).toBe('提现不成功');
  });

  it('is applied once by parseQuery: the Pagefind terms and the re-rank see the same words', () => {
    const query = parseQuery('微信提现不成功怎么办', pairs);
    expect(query.raw).toBe('微信提现不成功怎么办');
    expect(query.normal).toBe('微信提现失败怎么办');
    expect(query.key).toBe('提现失败');
    expect(query.words).toBe('提现 失败');
    expect(parseQuery('提现不成功').key).toBe('提现不成功');
  });

  it('rewrites a symptom saying only where it holds a saying, so both sides compare alike', () => {
    expect(rewriteSaying('零钱提现不成功', pairs)).toBe('零钱提现失败');
    expect(rewriteSaying('WeChat withdrawal failed', pairs)).toBe('WeChat withdrawal failed');
    expect(symptomTable([{ id: 'x', label: '提现失败', aliases: ['提现不成功'], description: '-' }], undefined, { synonyms: pairs })[0].terms).toEqual(['提现失败', '提现失败']);
  });
});

describe('rules beyond the schema', () => {
  it('reports a saying listed twice and a meaning that holds a saying, by path', () => {
    const problems = synonymProblems([
      { means: '失败', sayings: ['不成功'], note: '-' },
      { means: '没成不成功', sayings: ['不成功', '没成'], note: '-' },
    ]);
    expect(problems.map((p) => p.path)).toEqual([[1, 'sayings', 0], [1, 'means'], [1, 'means']]);
    expect(problems[0].message).toContain('已经写在第 1 项里');
  });

  it('the schema takes Chinese words of two or more characters only', () => {
    expect(searchSynonymsFileSchema.safeParse([{ means: '失败', sayings: ['不 成功'], note: '-' }]).success).toBe(false);
    expect(searchSynonymsFileSchema.safeParse([{ means: '败', sayings: ['不成功'], note: '-' }]).success).toBe(false);
    expect(searchSynonymsFileSchema.safeParse([{ means: '失败', sayings: ['bucg'], note: '-' }]).success).toBe(false);
    expect(searchSynonymsFileSchema.safeParse([{ means: '失败', sayings: ['不成功'] }]).success).toBe(false);
  });

  it('the committed table breaks none of them', () => {
    expect(synonymProblems(entries)).toEqual([]);
  });
});

/**
 * One test per entry (by its meaning): queries in the reader's words, with the symptom the
 * instant answer must name first, using the real symptom table. Every saying is used at least once.
 */
const EXAMPLES: Record<string, [query: string, symptom: string][]> = {
  失败: [['提现没成功', 'withdrawal-failed'], ['提现没有成功怎么回事', 'withdrawal-failed'], ['付款被拦截', 'payment-failed'], ['扫码付钱被拦下了', 'payment-failed'], ['支付一直不成功', 'payment-failed']],
  限制: [['风控了怎么办', 'account-frozen']],
  被限制: [['钱包被封了', 'account-frozen'], ['零钱被风控', 'account-frozen']],
  冻结: [['零钱被冻住了', 'account-frozen']],
  空白: [['零钱刷不出来', 'balance-zero'], ['零钱余额显示不出来', 'balance-zero'], ['余额加载不了', 'balance-zero'], ['零钱加载不出来是空的', 'balance-zero'], ['零钱显示不了', 'balance-zero'], ['零钱打不开', 'balance-zero']],
  被骗: [['被电诈了', 'scam-recovery'], ['被诈骗了钱', 'scam-recovery'], ['遇到电信诈骗', 'scam-recovery'], ['电诈转了钱', 'scam-recovery']],
  被偷: [['手机被抢了', 'lost-phone']],
};

describe('each entry of content/search-synonyms.yaml', () => {
  it('has examples here, and the examples use every saying', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(entries.map((e) => e.means).sort());
    for (const entry of entries) {
      const queries = EXAMPLES[entry.means].map(([query]) => query);
      for (const saying of entry.sayings) expect(queries.some((q) => q.includes(saying)), `「${saying}」没有例子`).toBe(true);
    }
  });

  it.each(entries.map((e) => [e.means, e] as const))('%s: the reader\'s words find the symptom its labels name', (means, entry) => {
    for (const saying of entry.sayings) expect(parseQuery(`零钱${saying}`, synonyms).normal).toBe(`零钱${means}`);
    for (const [query, symptom] of EXAMPLES[means]) expect(firstInstant(query), query).toBe(symptom);
  });
});
