import { describe, expect, it } from 'vitest';
import { siteLinkRuns } from '../../src/lib/inline-links.ts';

describe('siteLinkRuns', () => {
  it('turns links to this site into runs with an href, keeping the text around them', () => {
    expect(siteLinkRuns('先按 [账户被限制或冻结](/articles/account-restricted/) 处理。')).toEqual([
      { text: '先按 ' },
      { text: '账户被限制或冻结', href: '/articles/account-restricted/' },
      { text: ' 处理。' },
    ]);
    expect(siteLinkRuns('[a](/faq/x/)[b](/en/articles/y/)')).toEqual([
      { text: 'a', href: '/faq/x/' },
      { text: 'b', href: '/en/articles/y/' },
    ]);
  });

  it('leaves any other target as the text it was: external, protocol-relative, javascript:', () => {
    for (const text of ['见 [官方](https://pay.weixin.qq.com/)', '[x](//evil.example/)', '[x](javascript:alert(1))', '[x](articles/relative/)'])
      expect(siteLinkRuns(text)).toEqual([{ text }]);
  });

  it('returns plain text as one run, and an empty text as one empty run', () => {
    expect(siteLinkRuns('没有链接。')).toEqual([{ text: '没有链接。' }]);
    expect(siteLinkRuns('')).toEqual([{ text: '' }]);
  });
});
