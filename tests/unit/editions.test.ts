import { describe, expect, it } from 'vitest';
import { categoryText, counterpartPath, editionData, symptomText } from '../../src/lib/editions.ts';

const zhOnly = { id: 'withdrawal-failed', category: 'withdrawal', label: '零钱提现失败', description: '提现时提示失败。', aliases: ['提现不了'], triggers: ['提现'] };
const both = { id: 'payment-failed', category: 'payment', label: '付款失败', description: '付不了款。', aliases: ['付不了'], en: { label: 'Payment failed', description: 'A payment does not go through.', aliases: ['payment declined'] } };
const enOnly = { id: 'intl-card-fee', category: 'visitors', en: { label: 'The 3% fee', description: 'A fee on a foreign card.', aliases: ['3 percent fee'] } };

describe('one edition of a symptom or category', () => {
  it('takes the Chinese fields for zh and the en block for en, or nothing', () => {
    expect(symptomText(both, 'zh')).toMatchObject({ id: 'payment-failed', label: '付款失败', aliases: ['付不了'] });
    expect(symptomText(both, 'en')).toMatchObject({ id: 'payment-failed', label: 'Payment failed', aliases: ['payment declined'], category: 'payment' });
    expect(symptomText(both, 'en')).not.toHaveProperty('en');
    expect(symptomText(zhOnly, 'en')).toBeUndefined();
    expect(symptomText(enOnly, 'zh')).toBeUndefined();
    // Chinese trigger words stay with the Chinese edition.
    expect(symptomText(zhOnly, 'zh')?.triggers).toEqual(['提现']);
    expect(symptomText({ ...zhOnly, en: both.en }, 'en')?.triggers).toBeUndefined();
    expect(categoryText({ id: 'visitors', order: 9, en: { name: 'Visitors', description: 'For visitors.' } }, 'en')).toEqual({ id: 'visitors', order: 9, name: 'Visitors', description: 'For visitors.' });
    expect(categoryText({ id: 'visitors', order: 9, en: { name: 'Visitors', description: 'For visitors.' } }, 'zh')).toBeUndefined();
  });

  it('keeps only what a published page of that edition names', () => {
    const input = {
      symptoms: [zhOnly, both, enOnly],
      categories: [
        { id: 'withdrawal', order: 1, name: '提现', description: '提现。' },
        { id: 'payment', order: 2, name: '付款', description: '付款。', en: { name: 'Payments', description: 'Paying.' } },
        { id: 'visitors', order: 3, en: { name: 'Visitors', description: 'For visitors.' } },
      ],
      pages: [
        { category: 'payment', symptoms: ['payment-failed'] },
        { category: 'visitors', symptoms: ['intl-card-fee'], draft: true },
      ],
    };
    const en = editionData(input, 'en');
    expect(en.symptoms.map((s) => s.id)).toEqual(['payment-failed']);
    expect(en.categories.map((c) => c.name)).toEqual(['Payments']);
    const zh = editionData({ ...input, pages: [{ category: 'withdrawal', symptoms: ['withdrawal-failed', 'intl-card-fee'] }] }, 'zh');
    expect(zh.symptoms.map((s) => s.id)).toEqual(['withdrawal-failed']);
    expect(zh.categories.map((c) => c.id)).toEqual(['withdrawal']);
  });
});

describe('the same page in the other edition', () => {
  const has = (lang: string, collection: string, id: string) => `${lang}:${collection}:${id}` !== 'en:articles:zh-only';
  it('pairs pages by path, both ways, only when the other edition has the page', () => {
    expect(counterpartPath('/', has)).toEqual({ lang: 'en', path: '/en/' });
    expect(counterpartPath('/en/', has)).toEqual({ lang: 'zh', path: '/' });
    expect(counterpartPath('/en/search/', has)).toEqual({ lang: 'zh', path: '/search/' });
    expect(counterpartPath('/articles/payment-failed/', has)).toEqual({ lang: 'en', path: '/en/articles/payment-failed/' });
    expect(counterpartPath('/en/symptoms/payment-failed/', has)).toEqual({ lang: 'zh', path: '/symptoms/payment-failed/' });
    expect(counterpartPath('/articles/zh-only/', has)).toBeUndefined();
    // Later pages of a list are not paired; neither is anything unknown.
    expect(counterpartPath('/symptoms/payment-failed/2/', has)).toBeUndefined();
    expect(counterpartPath('/rss.xml', has)).toBeUndefined();
  });
});
