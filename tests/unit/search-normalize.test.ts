import { describe, expect, it } from 'vitest';
import { compactKey, latinWords, normaliseQuery, parseQuery, phrase } from '../../src/lib/search/normalize.ts';

const words = (raw: string) => parseQuery(raw).words;
const characters = (raw: string) => parseQuery(raw).characters;

describe('query normalisation', () => {
  it('folds full-width letters and digits, case, tone marks and spaces', () => {
    expect(normaliseQuery('  ＷｅＣｈａｔ　余额０  ')).toBe('wechat 余额0');
    expect(normaliseQuery('Tǐxiàn  Shībài')).toBe('tixian shibai');
  });

  it('gives pinyin with or without spaces, tones or hyphens the same key', () => {
    const key = compactKey('tixian shibai');
    expect(compactKey('TiXian-ShiBai')).toBe(key);
    expect(compactKey('tǐxiàn shībài')).toBe(key);
    expect(key).toBe('tixianshibai');
  });

  it('drops fillers that every question shares', () => {
    expect(compactKey('微信零钱提现失败了怎么办？')).toBe('零钱提现失败');
    expect(compactKey('WeChat withdrawal failed')).toBe('withdrawalfailed');
    expect(latinWords('How to fix WeChat Pay later')).toEqual(['fix', 'pay', 'later']);
  });

  it('keeps numbers and percentages that carry meaning', () => {
    expect(compactKey('提现 0.1%')).toBe('提现0.1%');
  });

  it('sends Pagefind the query without fillers, but never an empty query', () => {
    expect(words('零钱咋变负数了')).toBe('零钱 负数');
    expect(words('WeChat 提现 fee')).toBe('wechat 提现 fee');
    expect(words('怎么办')).not.toBe('');
    expect(words('  ')).toBe('');
  });

  it('sends Pagefind character pairs along word boundaries: the terms its zh index holds', () => {
    // Intl.Segmenter cuts 提现, 客服 and 分付 into characters; they are paired up again.
    expect(words('提现失败')).toBe('提现 失败');
    expect(words('怎么联系客服')).toBe('联系 客服');
    expect(words('提现显示已退回')).toBe('提现 退回');
    // Longer words are cut into pairs, the last one overlapping.
    expect(words('银行卡')).toMatch(/^(银行卡|银行 行卡|银行 卡)$/);
    for (const term of words('零钱通转入转出有问题').split(' ')) expect([...term].length).toBeLessThanOrEqual(2);
    expect(words('WeChat 零钱 fee')).toBe('wechat 零钱 fee');
    const terms = words('账户被冻结了怎么办').split(' ');
    expect(terms.join('')).toBe('账户冻结'); // 被 on its own is left out
  });

  it('has a single-character form for the wider fallback search', () => {
    expect(characters('零钱咋变负数了')).toBe('零 钱 变 负 数');
    expect(characters('WeChat 提现 fee')).toBe('wechat 提 现 fee');
    expect(characters('提现0.1%')).toBe('提 现 0.1%');
    expect(characters('xyzzy不在qq')).toBe('xyzzy 不 在 qq');
    expect(characters('怎么办')).toBe('怎 么 办');
  });

  it('reads a minus before a number as 负, and folds variant spellings', () => {
    expect(normaliseQuery('零钱显示-50元')).toBe('零钱显示负50元');
    expect(normaliseQuery('余额 −3.5')).toBe('余额 负3.5');
    expect(normaliseQuery('tixian-shibai 2-3天')).toBe('tixian-shibai 2-3天');
    expect(normaliseQuery('帐户被冻结')).toBe('账户被冻结');
    expect(compactKey('余额前面有个减号')).toBe(compactKey('余额前面负号'));
  });

  it('drops the words readers wrap around what they see (显示, 提示, 已)', () => {
    expect(compactKey('提现显示已退回')).toBe('提现退回');
    expect(compactKey('提现提示失败')).toBe('提现失败');
  });
});

describe('parseQuery: one normalised value for Pagefind and the re-rank', () => {
  it('holds every form the search uses, computed once', () => {
    const q = parseQuery('  微信零钱咋变负数了 WeChat Fee ');
    expect(q).toMatchObject({
      raw: '  微信零钱咋变负数了 WeChat Fee ',
      normal: '微信零钱咋变负数了 wechat fee',
      key: '零钱变负数fee',
      han: ['零', '钱', '变', '负', '数'],
      pairs: ['零钱', '钱变', '变负', '负数'],
      latin: ['fee'],
    });
    expect(q.words).toBe('零钱 负数 wechat fee');
    expect(q.characters).toBe('零 钱 变 负 数 wechat fee');
    expect(q.characters.split(' ')).toContain('fee');
  });

  it('leaves function characters on their own (不, 用 …) out of the Pagefind words, but never everything', () => {
    expect(parseQuery('分付用不了').words).toBe('分付');
    expect(parseQuery('分付用不了').characters).toBe('分 付 用 不');
    expect(parseQuery('不用').words).not.toBe('');
  });

  it('has nothing to search for blank input', () => {
    expect(parseQuery(' \u3000 ')).toMatchObject({ normal: '', key: '', words: '', han: [], latin: [] });
  });

  it('compares sayings the same way as queries', () => {
    const { key, han, pairs, latin } = parseQuery('零钱提现失败了');
    expect(phrase('零钱提现失败了')).toEqual({ key, han, pairs, latin });
  });
});
