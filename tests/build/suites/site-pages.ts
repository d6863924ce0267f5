import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FAQ_INDEX_TOP } from '../../../src/lib/pagination.ts';
import { jsonLdOf } from '../../helpers/json-ld.ts';
import { menuPathKeysOfPage, resolveMenuPath } from '../../../src/lib/menu-paths.ts';
import { asDate, type BuiltSite } from '../site.ts';

export function pagesSuite(site: BuiltSite) {
  const pages = site.pages();
  const { read: readBuilt } = site;
  const publishedArticles = () => site.articles();
  const publishedFaqs = () => site.faqs();
  const symptomIds = () => site.symptomIds();
  const categoryIds = () => site.categoryIds();

  const emergencyArticle = publishedArticles().some((a) => a.slug === 'emergency');
  describe(`every page follows the page contract (${site.name})`, () => {
    for (const [file, html] of pages) {
      it(file, () => {
        const $ = cheerio.load(html);
        expect($('html').attr('lang')).toBe('zh-CN');
        // In the header, so in the first screen: not affiliated, never asks for passwords or codes; and the emergency page one tap away.
        expect($('header [data-not-official]').text()).toMatch(/与腾讯、微信无关.*密码.*验证码/);
        expect($('header a[data-emergency-link]').map((_, a) => $(a).attr('href')).get()).toEqual(emergencyArticle ? ['/articles/emergency/'] : []);
        // The header's search box; on /search/ the page's own box instead, the only one there.
        const searchPage = file === 'search/index.html';
        expect($(`${searchPage ? 'main form#search-form' : 'header form'}[role="search"][action="/search/"][method="get"] input[type="search"][name="q"]`)).toHaveLength(1);
        if (searchPage) expect($('input[type="search"]')).toHaveLength(1);
        expect($('main#main')).toHaveLength(1);
        expect($('a[href="#main"]')).toHaveLength(1);
        expect($('footer').text()).toContain('与腾讯、微信没有任何关联');
        expect($('footer a[href="/about/"]')).toHaveLength(1);
        expect($('link[rel="icon"]')).toHaveLength(1);
        expect($('link[rel="alternate"][type="application/rss+xml"]')).toHaveLength(1);
        expect($('title').text().length).toBeGreaterThan(0);
        // No third-party requests: every script, stylesheet and image is local.
        $('script[src], link[rel="stylesheet"], img[src]').each((_, el) => {
          expect($(el).attr('src') ?? $(el).attr('href')).toMatch(/^\/(?!\/)/);
        });
        for (const el of $('script[type="application/ld+json"]').toArray()) expect((): unknown => JSON.parse($(el).text())).not.toThrow();
      });
    }
  });

  describe('only content pages are in the search index', () => {
    const indexed = [...pages].filter(([, html]) => cheerio.load(html)('[data-pagefind-body]').length > 0).map(([file]) => file).sort();
    it('article, FAQ and symptom pages carry data-pagefind-body; nothing else does', () => {
      const expected = [
        ...publishedArticles().map((a) => `articles/${a.slug}/index.html`),
        ...publishedFaqs().map((f) => `faq/${f.slug}/index.html`),
        ...symptomIds().map((id) => `symptoms/${id}/index.html`),
      ].sort();
      expect(indexed).toEqual(expected);
    });
  });

  describe('home page', () => {
    const $ = cheerio.load(readBuilt('index.html'));
    it('asks what is wrong and links every symptom hub', () => {
      expect($('h1').text()).toContain('你遇到了什么问题？');
      const hubs = $('main a[href^="/symptoms/"]').map((_, el) => $(el).attr('href')).get();
      expect(hubs.sort()).toEqual(symptomIds().map((id) => `/symptoms/${id}/`).sort());
    });
    it('puts the emergency symptoms first, in a highlighted section', () => {
      const hasEmergency = categoryIds().includes('emergency');
      expect($('main section.urgent').map((_, el) => $(el).attr('data-category')).get()).toEqual(hasEmergency ? ['emergency'] : []);
      if (hasEmergency) expect($('main section[data-category]').first().attr('data-category')).toBe('emergency');
    });
    it('warns about fake customer service', () => {
      expect($('main').text()).toContain('警惕假客服');
    });
  });

  describe('FAQ pages', () => {
    const $ = cheerio.load(readBuilt('faq/index.html'));
    it(`the index shows each category's first ${FAQ_INDEX_TOP} FAQs as <details>, every page of its full list holds the rest`, () => {
      const shown = $('details a').map((_, el) => $(el).attr('href')).get();
      const categories = new Set(publishedFaqs().map((f) => f.data.category));
      const count = (id: string) => publishedFaqs().filter((f) => f.data.category === id).length;
      expect($('details > summary')).toHaveLength([...categories].reduce((sum, id) => sum + Math.min(FAQ_INDEX_TOP, count(id)), 0));
      const listed = new Set(shown);
      for (const id of categories) {
        const listPages = [...pages.keys()].filter((file) => new RegExp(`^categories/${id}/faq/(\\d+/)?index\\.html$`).test(file));
        expect(listPages.length, `categories/${id}/faq/ pages`).toBeGreaterThan(0);
        if (count(id) > FAQ_INDEX_TOP) expect($(`a[href="/categories/${id}/faq/"]`).length, `/faq/ links /categories/${id}/faq/`).toBeGreaterThan(0);
        for (const file of listPages) {
          const list = cheerio.load(readBuilt(file));
          for (const href of list('main .list a').map((_, el) => list(el).attr('href')).get()) listed.add(href);
        }
      }
      for (const f of publishedFaqs()) expect(listed, f.slug).toContain(`/faq/${f.slug}/`);
    });
    it.each(publishedFaqs())('/faq/$slug/ has the question, related articles and FAQPage JSON-LD', ({ slug, data }) => {
      const page = cheerio.load(readBuilt(`faq/${slug}/index.html`));
      expect(page('h1').text()).toBe(data.question);
      const links = page('main a[href^="/articles/"]').map((_, el) => page(el).attr('href')).get();
      for (const related of data.related) expect(links).toContain(`/articles/${related}/`);
      const ld = jsonLdOf(page);
      expect(ld.map((x) => x['@type']).sort()).toEqual(['BreadcrumbList', 'FAQPage']);
      expect(ld.find((x) => x['@type'] === 'FAQPage')).toHaveProperty(['mainEntity', 0, 'name'], data.question);
    });
    it.each(publishedFaqs())('/faq/$slug/ shows its sources-checked date or the no-source notice, and each path\'s basis', ({ slug, data, body }) => {
      const page = cheerio.load(readBuilt(`faq/${slug}/index.html`));
      const checked = page('time[data-sources-checked]');
      if (data.sources?.length) {
        expect(checked.attr('datetime')).toBe(asDate(data.sourcesChecked).toISOString().slice(0, 10));
        expect(page('[data-no-official-source]')).toHaveLength(0);
      } else {
        expect(checked).toHaveLength(0);
        expect(page('[data-no-official-source]')).toHaveLength(1);
      }
      const shown = menuPathKeysOfPage([], body).map((key) => resolveMenuPath(key, site.menuPaths().paths));
      const chips = page('main [data-menu-path]').map((_, el) => `${page(el).attr('data-menu-path')} ${page(el).attr('data-path-basis')}`).get();
      expect(new Set(chips)).toEqual(new Set(shown.map((p) => `${p.key} ${p.basis}`)));
      expect(page('[data-path-note]')).toHaveLength(shown.some((p) => p.basis === 'reported') ? 1 : 0);
    });
  });

  describe('symptom hubs and categories', () => {
    it.each(symptomIds())('/symptoms/%s/ links every published article and FAQ for the symptom', (id) => {
      const $ = cheerio.load(readBuilt(`symptoms/${id}/index.html`));
      expect($('main .aliases').text()).toMatch(/^也叫：/);
      // Long hubs are paginated (symptoms/<id>/2/ …): the links of every page count.
      const hubPages = [...pages.keys()].filter((file) => new RegExp(`^symptoms/${id}/(\\d+/)?index\\.html$`).test(file));
      const links = new Set(hubPages.flatMap((file) => {
        const page = cheerio.load(readBuilt(file));
        return page('main a').map((_, el) => page(el).attr('href')).get();
      }));
      for (const a of publishedArticles().filter((a) => a.data.symptoms.includes(id))) expect(links).toContain(`/articles/${a.slug}/`);
      for (const f of publishedFaqs().filter((f) => f.data.symptoms.includes(id))) expect(links).toContain(`/faq/${f.slug}/`);
    });
    it('builds a page per category and the two index pages', () => {
      for (const id of categoryIds()) expect(pages.has(`categories/${id}/index.html`)).toBe(true);
      for (const file of ['categories/index.html', 'symptoms/index.html', 'about/index.html', '404.html']) expect(pages.has(file)).toBe(true);
    });
  });
}
