import { describe, expect, it } from 'vitest';
import { compactKey, latinWords, normaliseQuery, pagefindQuery } from '../../src/lib/search/normalize.ts';

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

  it('sends Pagefind single Chinese characters without fillers, but never an empty query', () => {
    expect(pagefindQuery('零钱咋变负数了')).toBe('零 钱 变 负 数');
    expect(pagefindQuery('WeChat 提现 fee')).toBe('wechat 提 现 fee');
    expect(pagefindQuery('提现0.1%')).toBe('提 现 0.1%');
    expect(pagefindQuery('xyzzy不在qq')).toBe('xyzzy 不 在 qq');
    expect(pagefindQuery('怎么办')).toBe('怎 么 办');
    expect(pagefindQuery('  ')).toBe('');
  });
});
