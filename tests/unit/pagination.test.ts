import { describe, expect, it } from 'vitest';
import { byKind, LIST_PAGE_SIZE, pageCount, pagedTitle, pageNav, pageUrl, type ListEntry } from '../../src/lib/pagination.ts';

describe('pageCount', () => {
  it('rounds up, and an empty list still has its first page', () => {
    expect(pageCount(0, 30)).toBe(1);
    expect(pageCount(30, 30)).toBe(1);
    expect(pageCount(31, 30)).toBe(2);
    expect(pageCount(3000, 30)).toBe(100);
    expect(pageCount(LIST_PAGE_SIZE + 1)).toBe(2);
  });
});

describe('pageUrl', () => {
  it('keeps page 1 at the base and numbers the rest, always with a trailing slash', () => {
    expect(pageUrl('/symptoms/x/', 1)).toBe('/symptoms/x/');
    expect(pageUrl('/symptoms/x/', 2)).toBe('/symptoms/x/2/');
    expect(pageUrl('/categories/y/faq', 3)).toBe('/categories/y/faq/3/');
  });
  it('refuses page numbers that cannot exist', () => {
    expect(() => pageUrl('/a/', 0)).toThrow(/positive integer/);
    expect(() => pageUrl('/a/', 1.5)).toThrow(/positive integer/);
  });
});

describe('pageNav', () => {
  it('has no prev on the first page and no next on the last', () => {
    expect(pageNav('/a/', 3, 1)).toMatchObject({ prev: undefined, next: '/a/2/' });
    expect(pageNav('/a/', 3, 3)).toMatchObject({ prev: '/a/2/', next: undefined });
    expect(pageNav('/a/', 3, 2)).toMatchObject({ prev: '/a/', next: '/a/3/' });
  });
  it('links every page and marks the current one', () => {
    const nav = pageNav('/a/', 4, 2);
    expect(nav.pages.map((p) => p.href)).toEqual(['/a/', '/a/2/', '/a/3/', '/a/4/']);
    expect(nav.pages.filter((p) => p.current).map((p) => p.n)).toEqual([2]);
  });
  it('a single page has neither prev nor next', () => {
    expect(pageNav('/a/', 1, 1)).toEqual({ prev: undefined, next: undefined, pages: [{ n: 1, href: '/a/', current: true }] });
  });
  it('without a current page (links from another page) has every page and no prev or next', () => {
    const nav = pageNav('/a/', 3);
    expect(nav).toMatchObject({ prev: undefined, next: undefined });
    expect(nav.pages.map((p) => [p.n, p.current])).toEqual([[1, false], [2, false], [3, false]]);
  });
  it('refuses a page outside the list', () => {
    expect(() => pageNav('/a/', 3, 4)).toThrow(/outside/);
    expect(() => pageNav('/a/', 3, 0)).toThrow(/outside/);
  });
});

describe('pagedTitle', () => {
  it('numbers pages after the first', () => {
    expect(pagedTitle('提现失败', 1)).toBe('提现失败');
    expect(pagedTitle('提现失败', 2)).toBe('提现失败（第 2 页）');
  });
});

describe('byKind', () => {
  it('splits a page into its articles and FAQs, keeping the order', () => {
    const entries: ListEntry[] = [
      { kind: 'article', href: '/articles/a/', title: 'A' },
      { kind: 'article', href: '/articles/b/', title: 'B' },
      { kind: 'faq', href: '/faq/c/', title: 'C' },
    ];
    expect(byKind(entries)).toEqual({ articles: entries.slice(0, 2), faqs: entries.slice(2) });
    expect(byKind([])).toEqual({ articles: [], faqs: [] });
  });
});
