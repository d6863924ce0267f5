import { describe, expect, it } from 'vitest';
import { articleLd, breadcrumbList, faqPageLd, serializeJsonLd } from '../../src/lib/jsonld.ts';

describe('JSON-LD', () => {
  it('builds a BreadcrumbList with 1-based positions', () => {
    const ld = breadcrumbList([{ name: '首页', url: 'https://x.test/' }, { name: '文章' }]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://x.test/' },
      { '@type': 'ListItem', position: 2, name: '文章' },
    ]);
  });
  it('builds Article and FAQPage', () => {
    const a = articleLd({ title: 'T', description: 'D', url: 'https://x.test/a/', dateModified: '2026-11-23', publisherName: 'P', inLanguage: 'zh-CN' });
    expect(a).toMatchObject({ '@type': 'Article', headline: 'T', dateModified: '2026-11-23', publisher: { name: 'P' } });
    const f = faqPageLd({ question: 'Q？', answer: 'A', url: 'https://x.test/faq/q/', inLanguage: 'zh-CN' });
    expect(f).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q？', acceptedAnswer: { '@type': 'Answer', text: 'A' } }] });
  });
  it('serialises so that content cannot close the script element, and still parses back', () => {
    const value = { headline: '标题</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });
});
