import { describe, expect, it } from 'vitest';
import { instantAnswers, showsFirstActions } from '../../src/lib/search/instant.ts';
import { INSTANT_MAX, INSTANT_MIN_MATCH } from '../../src/lib/search/tuning.ts';
import { parseQuery } from '../../src/lib/search/normalize.ts';
import { symptomTable } from '../../src/lib/symptom-table.ts';

const articles: Record<string, { url: string; title: string; answer?: string; firstStep?: string }> = {
  'withdrawal-failed': { url: '/articles/withdrawal-failed/', title: '零钱提现失败怎么办', answer: '提现失败，先查银行卡。', firstStep: '看失败提示（我 › 服务 › 钱包 › 零钱）' },
  'balance-negative': { url: '/articles/balance-negative/', title: '零钱变成负数是怎么回事' },
};
const table = symptomTable(
  [
    { id: 'withdrawal-failed', label: '零钱提现失败', description: '提现时提示失败或被退回。', aliases: ['提现不了', '提现被退回', 'tixian shibai', 'WeChat withdrawal failed'] },
    { id: 'withdrawal-fee', label: '提现手续费', description: '提现被收了服务费。', aliases: ['提现要手续费吗', 'shouxufei', 'withdrawal fee'] },
    { id: 'balance-negative', label: '零钱变成负数', description: '零钱余额前面出现负号。', aliases: ['余额是负的', '零钱负数', 'lingqian fushu', 'negative balance'] },
    { id: 'fenfu-unavailable', label: '分付用不了', description: '分付入口不见了。', aliases: ['分付不能用了', 'fenfu', 'WeChat Pay later not working'] },
  ],
  (id) => articles[id],
  { urgent: (id) => id === 'fenfu-unavailable' },
);
const ids = (q: string) => instantAnswers(parseQuery(q), table).map((a) => a.id);

describe('instantAnswers: the symptom a query names, from the table alone', () => {
  it('answers the label, a colloquial alias, pinyin, English and what the screen shows', () => {
    expect(ids('提现失败')[0]).toBe('withdrawal-failed');
    expect(ids('零钱咋变负数了')[0]).toBe('balance-negative');
    expect(ids('TiXian ShiBai')[0]).toBe('withdrawal-failed');
    expect(ids('negative balance')[0]).toBe('balance-negative');
    expect(ids('提现显示已退回')[0]).toBe('withdrawal-failed');
  });

  it('links the hub and the main article, with the one-line description', () => {
    const [answer] = instantAnswers(parseQuery('零钱变成负数'), table);
    expect(answer).toMatchObject({
      id: 'balance-negative',
      label: '零钱变成负数',
      description: '零钱余额前面出现负号。',
      hub: '/symptoms/balance-negative/',
      article: articles['balance-negative'],
    });
    expect(answer.match).toBe(1);
    // A symptom without a main article links its hub only.
    expect(instantAnswers(parseQuery('分付用不了'), table)[0].article).toBeUndefined();
  });

  it('carries the article\'s one-line answer and first step, and whether the symptom is urgent', () => {
    const [failed] = instantAnswers(parseQuery('提现失败'), table);
    expect(failed.article).toMatchObject({ answer: '提现失败，先查银行卡。', firstStep: '看失败提示（我 › 服务 › 钱包 › 零钱）' });
    expect(failed.urgent).toBe(false);
    expect(instantAnswers(parseQuery('分付用不了'), table)[0].urgent).toBe(true);
  });

  it('offers nothing when no symptom is named clearly (a wrong answer first is worse than none)', () => {
    expect(ids('银行')).toEqual([]);
    expect(ids('怎么联系人工')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    for (const q of ['零钱', '提现', '银行卡']) for (const a of instantAnswers(parseQuery(q), table)) expect(a.match).toBeGreaterThanOrEqual(INSTANT_MIN_MATCH);
  });

  it('offers a second symptom only when it matches nearly as well, and never more than INSTANT_MAX', () => {
    expect(ids('提现失败')).toEqual(['withdrawal-failed']);
    const both = instantAnswers(parseQuery('提现'), table);
    expect(both.length).toBeLessThanOrEqual(INSTANT_MAX);
    for (const a of both.slice(1)) expect(a.match).toBeGreaterThanOrEqual(0.9 * both[0].match);
  });
});

describe('showsFirstActions: the emergency first steps lead when money may be leaving', () => {
  const firstActions = { url: '/articles/emergency/', title: '先做这几件事', steps: ['冻结微信账号', '拨打 110 报警'], words: ['被骗', '盗刷', '手机丢'].map((w) => parseQuery(w).key) };
  const shows = (q: string) => showsFirstActions(parseQuery(q), instantAnswers(parseQuery(q), table), firstActions);

  it('for a trigger word inside a query that names no symptom clearly', () => {
    expect(ids('网上被骗了两万怎么办')).toEqual([]);
    expect(shows('网上被骗了两万怎么办')).toBe(true);
    expect(shows('银行卡被盗刷了')).toBe(true);
    expect(shows('手机丢了咋办')).toBe(true);
  });

  it('for an urgent symptom among the answers, without a trigger word', () => {
    expect(ids('分付用不了')[0]).toBe('fenfu-unavailable');
    expect(shows('分付用不了')).toBe(true);
  });

  it('not for an everyday query, and never without the emergency page', () => {
    expect(shows('提现失败')).toBe(false);
    expect(shows('零钱变成负数')).toBe(false);
    const q = parseQuery('被骗了');
    expect(showsFirstActions(q, instantAnswers(q, table), undefined)).toBe(false);
  });
});
