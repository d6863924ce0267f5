import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleUrl, editUrl, reportIssueUrl } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('builds page URLs with a trailing slash', () => {
    expect(articleUrl('withdrawal-failed')).toBe('/articles/withdrawal-failed/');
    expect(absoluteUrl('https://kb.test', '/faq/x/')).toBe('https://kb.test/faq/x/');
    expect(absoluteUrl('https://kb.test/', '/')).toBe('https://kb.test/');
  });
  it('links to the GitHub editor for a content file', () => {
    expect(editUrl('https://github.com/o/r/', 'main', 'content/articles/a.mdx')).toBe('https://github.com/o/r/edit/main/content/articles/a.mdx');
  });
  it('prefills a new issue with the page, encoding every special character', () => {
    const url = new URL(reportIssueUrl('https://github.com/o/r', '提现 & 退款？#1', 'https://kb.test/articles/a/'));
    expect(url.pathname).toBe('/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('内容有误：提现 & 退款？#1');
    expect(url.searchParams.get('body')).toContain('页面：https://kb.test/articles/a/');
    expect(url.hash).toBe('');
    expect(url.search).not.toMatch(/[ +#]/);
  });
});
