import { describe, expect, it } from 'vitest';
import { fill, localePath, langOfPath, basePath, strings } from '../../src/i18n/strings.ts';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'function' ? [String((value as (...a: unknown[]) => unknown)('X', 2, 'Y'))] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];

describe('the per-edition string table', () => {
  it('has the same keys in both editions', () => {
    expect(keys(strings('en')).sort()).toEqual(keys(strings('zh')).sort());
  });
  it('has no Chinese in the English table except the links back to the Chinese edition (language switch, 404 line)', () => {
    const { otherLanguage, notFoundOtherEdition, ...rest } = strings('en');
    expect(otherLanguage).toBe('中文');
    // The 404 line is in the other edition's language, and says so for screen readers.
    expect(notFoundOtherEdition.lang).toBe('zh-CN');
    expect(strings('zh').notFoundOtherEdition.lang).toBe('en');
    expect(texts(strings('zh').notFoundOtherEdition).filter((t) => /\p{Script=Han}/u.test(t))).toEqual([]);
    expect(texts(rest).filter((t) => /\p{Script=Han}/u.test(t))).toEqual([]);
  });
  it('states the English hedge in the English footer', () => {
    expect(strings('en').footerNote).toContain("subject to Weixin Pay's official terms");
    expect(strings('zh').footerNote).toContain('以微信支付官方说明为准');
  });
  it('fills placeholders and maps paths between editions', () => {
    expect(fill('{applying} of {total}', { applying: 2, total: 5 })).toBe('2 of 5');
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/english/')).toBe('zh');
    expect(localePath('en', '/faq/')).toBe('/en/faq/');
    expect(localePath('zh', '/faq/')).toBe('/faq/');
    expect(basePath('/en/faq/')).toBe('/faq/');
    expect(basePath('/en/')).toBe('/');
  });
});
