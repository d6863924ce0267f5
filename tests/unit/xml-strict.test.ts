import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../helpers/xml.ts';

const feed = (title: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><item><title>${title}</title></item></channel></rss>`;

describe('the strict XML check the feed tests use', () => {
  it('accepts a well-formed feed with Chinese text, emoji and escaped markup', () => {
    expect(xmlProblem(feed('零钱提现失败怎么办？ 😀 &lt;b&gt; &#x4E2D;'))).toBeUndefined();
  });
  it('refuses a broken structure', () => {
    expect(xmlProblem(feed('<b>未闭合'))).toMatch(/^not well-formed: .*closing tag/);
  });
  it.each([
    ['VT, ESC, BEL, NUL (round 3, c01)', '零钱\u000b\u001b[2J\u0007\u0000测试', 'U+000B'],
    ['U+FFFF (round 3, c05)', '零钱\uffff测试', 'U+FFFF'],
    ['a lone surrogate', 'x\ud800y', 'U+D800'],
  ])('refuses %s (the validator alone lets some of these through)', (_name, title, code) => {
    expect(xmlProblem(feed(title))).toBe(`line 1: ${code} is not a character XML 1.0 allows`);
  });
  it('refuses a character reference to a forbidden character', () => {
    expect(xmlProblem(feed('&#x1b;'))).toBe('line 1: &#x1b; refers to a character XML 1.0 does not allow');
  });
});
