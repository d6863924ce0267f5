import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { urlOfFile } from '../../../src/integrations/html-files.ts';
import { SITE } from '../../../src/site.config.ts';
import { xmlProblem } from '../../helpers/xml.ts';
import { asDate, type BuiltSite } from '../site.ts';

export function feedsSuite(site: BuiltSite) {
  const { read: readBuilt } = site;
  const publishedArticles = () => site.articles();
  const publishedFaqs = () => site.faqs();

  const origin = SITE.url.replace(/\/$/, '');

  describe(`RSS (${site.name})`, () => {
    const $ = cheerio.load(readBuilt('rss.xml'), { xml: true });
    it('is well-formed XML 1.0, parsed strictly (a feed reader rejects anything else)', () => {
      expect(xmlProblem(readBuilt('rss.xml'))).toBeUndefined();
    });
    const items = $('item').toArray().map((el) => ({ title: $(el).find('title').text(), link: $(el).find('link').text(), date: new Date($(el).find('pubDate').text()) }));
    it('lists every published article and FAQ, and nothing else', () => {
      const expected = [
        ...publishedArticles().map((a) => `${origin}/articles/${a.slug}/`),
        ...publishedFaqs().map((f) => `${origin}/faq/${f.slug}/`),
      ].sort();
      expect(items.map((i) => i.link).sort()).toEqual(expected);
    });
    it('carries each title as text, escaped so it reads back exactly', () => {
      const expected = [...publishedArticles().map((a) => a.data.title), ...publishedFaqs().map((f) => f.data.question)].sort();
      expect(items.map((i) => i.title).sort()).toEqual(expected);
    });
    it('puts the most recently source-checked first, pages citing nothing (no date) last', () => {
      const dated = items.filter((i) => !Number.isNaN(i.date.getTime()));
      const times = dated.map((i) => i.date.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(items.slice(0, dated.length)).toEqual(dated);
      const pages = [...publishedArticles(), ...publishedFaqs()];
      expect(dated).toHaveLength(pages.filter((x) => x.data.sourcesChecked).length);
      const newest = Math.max(...pages.filter((x) => x.data.sourcesChecked).map((x) => asDate(x.data.sourcesChecked).getTime()));
      expect(times[0]).toBe(newest);
    });
  });

  describe(`sitemap (${site.name})`, () => {
    const files = site.files();
    const urls = [...files]
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .flatMap((f) => {
        const $ = cheerio.load(readBuilt(f), { xml: true });
        return $('url > loc').map((_, el) => $(el).text()).get();
      });
    it('is well-formed XML 1.0, every file of it', () => {
      const sitemaps = [...files].filter((f) => /^sitemap-(?:index|\d+)\.xml$/.test(f));
      expect(sitemaps.length).toBeGreaterThan(1);
      for (const file of sitemaps) expect(xmlProblem(readBuilt(file)), file).toBeUndefined();
    });
    it('lists every page except 404', () => {
      const expected = [...site.pages().keys()]
        .filter((f) => !/(^|\/)404\.html$/.test(f))
        .map((f) => `${origin}${urlOfFile(f)}`)
        .sort();
      expect(urls.sort()).toEqual(expected);
    });
  });
}
