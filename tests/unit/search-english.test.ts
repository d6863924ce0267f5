import { describe, expect, it } from 'vitest';
import { correctTypos, englishNormaliser, englishWords, stem, vocabularyOf } from '../../src/lib/search/english.ts';
import { parseQuery } from '../../src/lib/search/normalize.ts';
import { instantAnswers } from '../../src/lib/search/instant.ts';
import { symptomTable } from '../../src/lib/symptom-table.ts';

describe('English stems', () => {
  it('folds plurals and inflections to one stem', () => {
    for (const group of [
      ['link', 'links', 'linked', 'linking'],
      ['decline', 'declined', 'declines', 'declining'],
      ['refund', 'refunds', 'refunded'],
      ['verify', 'verified', 'verification'],
      ['transfer', 'transfers', 'transferring'],
      ['limit', 'limits', 'limited'],
      ['fee', 'fees'],
    ])
      expect(new Set(group.map(stem)), group.join()).toHaveProperty('size', 1);
    expect(stem('pass')).toBe('pass');
    expect(stem('card')).toBe('card');
  });
});

describe('English query words', () => {
  it('drops the product names and filler words, and folds case and punctuation', () => {
    expect(englishWords('My WeChat Pay card is DECLINED!')).toEqual(englishWords('card declined'));
    expect(englishWords('weixin pay not working')).toEqual(englishWords('not working'));
    expect(englishWords('wechatpay')).toEqual([]);
  });
  it('says one word for one thing: red packet / hongbao, card brands, negations', () => {
    expect(englishWords('send hongbao')).toEqual(englishWords('send red packets'));
    expect(englishWords('red envelope')).toEqual(englishWords('red packet'));
    expect(englishWords('Visa declined')).toEqual(englishWords('card declined'));
    expect(englishWords('Mastercard declined')).toEqual(englishWords('card declined'));
    expect(englishWords("can't link card")).toEqual(englishWords('cannot link card'));
    expect(englishWords("won't link")).toEqual(englishWords('not link'));
  });
  it('folds the usual synonyms to the word the content uses', () => {
    for (const [a, b] of [
      ['card rejected', 'card declined'],
      ['bank refused the card', 'bank declined the card'],
      ['spending cap', 'spending limit'],
      ['maximum per payment', 'limit per payment'],
      ['surcharge on visa', 'fee on card'],
      ['commission', 'fee'],
      ['money back to my card', 'refund to my card'],
      ["payment didn't go through", 'payment failed'],
      ['attach a card', 'link a card'],
      ['account suspended', 'account frozen'],
      ['wallet locked', 'wallet frozen'],
    ])
      expect(englishWords(a), `${a} ~ ${b}`).toEqual(englishWords(b));
    // An account that is frozen is not the act of freezing a card in an emergency.
    expect(englishWords('account frozen')).not.toEqual(englishWords('freeze account'));
    // A failure is not a decline: payment-failed and a declined card stay apart.
    expect(englishWords('payment failed')).not.toEqual(englishWords('payment declined'));
  });
  it('puts typos right against the vocabulary, and leaves numbers and unknown words alone', () => {
    const vocabulary = vocabularyOf(['card declin', 'verif passport', 'red packet send', 'fee 3%']);
    expect(correctTypos(englishWords('card decliend'), vocabulary)).toEqual(['card', 'declin']);
    expect(correctTypos(englishWords('pasport verification'), vocabulary)).toEqual(['passport', 'verif']);
    expect(correctTypos(['200'], vocabulary)).toEqual(['200']);
    expect(correctTypos(['zzzz'], vocabulary)).toEqual(['zzzz']);
    // A typo of the product's name is dropped like the name.
    expect(correctTypos(['wechta', 'card'], vocabulary)).toEqual(['card']);
  });
});

describe('English instant answers', () => {
  const table = symptomTable(
    [
      { id: 'intl-card-payment-declined', label: 'Payment declined with a foreign card', description: 'The card is declined.', aliases: ['card declined', 'visa declined', 'payment rejected'] },
      { id: 'transfer-red-packet-unavailable', label: 'Cannot send transfers or red packets', description: 'Transfers do not work.', aliases: ['cannot send hongbao', 'transfer not available'] },
      { id: 'intl-card-fee', label: 'The 3% fee', description: 'A fee on a foreign card.', aliases: ['3 percent fee', 'foreign card fee'] },
    ],
    undefined,
    { lang: 'en' },
  );
  const english = englishNormaliser(table);
  const first = (q: string) => instantAnswers(parseQuery(q, [], english), table)[0];
  it('answers inflected, branded, misspelt and differently worded queries from the English table', () => {
    expect(first('Mastercard declined')?.id).toBe('intl-card-payment-declined');
    expect(first('my card was decliend')?.id).toBe('intl-card-payment-declined');
    expect(first('cant send red envelope')?.id).toBe('transfer-red-packet-unavailable');
    expect(first('3 per cent fee')?.id).toBe('intl-card-fee');
  });
  it('links the English hub and gives no answer rather than a wrong one', () => {
    expect(first('card declined')?.hub).toBe('/en/symptoms/intl-card-payment-declined/');
    expect(first('weather in shanghai')).toBeUndefined();
  });
});
