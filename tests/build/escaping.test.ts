/**
 * Everything from content is rendered as text. Reads the build of tests/fixtures/hostile/ (schema-valid content
 * whose titles, summaries, names, labels and aliases carry HTML and script; built once per run), then checks
 * every output: page HTML, <title>, Open Graph, JSON-LD, RSS, the Pagefind index and the search
 * page in a real browser. No element may be created from content, and the text must survive intact.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'astro/zod';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { htmlFiles } from '../helpers/dist.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>alert(1)</script>';
const SVG = '"><svg onload=alert(1)>';
const TITLE = `提现卡住${IMG}`;
const SUMMARY = `摘要 ${SCRIPT} 和 ${SVG} 以及 ${IMG} 都应当显示为文字。`;
const QUESTION = `手续费${SCRIPT}？`;
const CATEGORY = `提现${SVG}`;
const SYMPTOM = `提现失败${IMG}`;

// Built once per run by the build project's global setup (tests/helpers/build-sites.ts) with
// `astro build` alone: the content check would (rightly) complain about typography here, and the
// page code is under test. astro build writes the Pagefind index too (src/integrations/pagefind.ts).
const dist = inject('sites').hostile;
const pages = new Map<string, cheerio.CheerioAPI>();

beforeAll(() => {
  for (const file of htmlFiles(dist)) pages.set(file, cheerio.load(readFileSync(join(dist, file), 'utf8')));
});

function page(path: string): cheerio.CheerioAPI {
  const $ = pages.get(path);
  if (!$) throw new Error(`${path} was not built; built: ${[...pages.keys()].join(', ')}`);
  return $;
}

/** Every JSON-LD block of a page, parsed (a broken block throws, failing the test). */
function jsonLd($: cheerio.CheerioAPI): unknown[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el): unknown => JSON.parse($(el).text()));
}

describe('hostile content renders as text', () => {
  it('builds the pages the contract promises', () => {
    for (const path of ['index.html', 'articles/hostile/index.html', 'faq/hostile-faq/index.html', 'faq/index.html', 'symptoms/withdrawal-failed/index.html', 'symptoms/index.html', 'categories/withdrawal/index.html'])
      expect(pages.has(path), path).toBe(true);
  });

  it('no page gains an element, event handler or script from content', () => {
    expect(pages.size).toBeGreaterThan(5);
    for (const [path, $] of pages) {
      const handlers = $('*')
        .toArray()
        .flatMap((el) => Object.keys((el as unknown as { attribs?: Record<string, string> }).attribs ?? {}).filter((name) => /^on/i.test(name)).map((name) => `<${(el as unknown as { name: string }).name} ${name}>`));
      expect(handlers, path).toEqual([]);
      expect($('img[src="x"], svg[onload], img[onerror]').length, path).toBe(0);
      // No script element executes content: every script is either our own code or JSON data.
      $('script').each((_, el) => {
        const type = ($(el).attr('type') ?? '').toLowerCase();
        const text = $(el).text();
        if (type === 'application/ld+json' || type === 'application/json') expect((): unknown => JSON.parse(text), `${path}: JSON in <script type=${type}>`).not.toThrow();
        else expect(text, `${path}: executable script carrying content`).not.toContain('alert(1)');
      });
      // Parsed as a browser would: the only <img>, <svg> and <script> elements are the site's own.
      expect($('img').toArray().map((el) => $(el).attr('src')).filter((src) => !src?.startsWith('/')), path).toEqual([]);
      expect($('svg').length, path).toBe(0);
    }
  });

  it('the article page shows the title, summary and steps as text, in <title> and Open Graph', () => {
    const $ = page('articles/hostile/index.html');
    expect($('h1').text()).toBe(TITLE);
    expect($('title').text()).toContain(TITLE);
    expect($('meta[property="og:title"]').attr('content')).toBe(TITLE);
    expect($('meta[name="description"]').attr('content')).toContain(SUMMARY);
    expect($('meta[property="og:description"]').attr('content')).toContain(SUMMARY);
    expect($('main').text()).toContain(SUMMARY);
    expect($('ol.steps li').first().text()).toContain(`步骤${SVG}`);
    expect($('main').text()).toContain(CATEGORY); // breadcrumbs
  });

  it('MDX components render, and a literal prop carrying HTML stays text', () => {
    const $ = page('articles/hostile/index.html');
    const callout = $('aside.callout-danger');
    expect(callout.length).toBe(1);
    expect(callout.find('.callout-title').text()).toBe(`标题${IMG}`);
    expect(callout.attr('aria-label')).toBe(`标题${IMG}`);
    expect(callout.text()).toContain('组件里的文字。');
    const paths = $('.body [data-menu-path]').toArray().map((el) => $(el).text().replace(/\s+/g, ''));
    expect(paths).toEqual(['我›服务›钱包', '我›服务›零钱']);
    expect($('.body [data-menu-path]').toArray().map((el) => `${$(el).attr('data-menu-path')} ${$(el).attr('data-path-basis')}`)).toEqual(['wallet official', 'balance reported']);
    expect($('[data-path-note]')).toHaveLength(1);
  });

  it('JSON-LD is valid JSON that carries the text unchanged and cannot close its script element', () => {
    const $ = page('articles/hostile/index.html');
    const blocks = jsonLd($);
    expect(blocks.length).toBeGreaterThan(0);
    const all = JSON.stringify(blocks);
    expect(all).toContain(JSON.stringify(TITLE).slice(1, -1));
    expect(all).toContain(JSON.stringify(SUMMARY).slice(1, -1));
    // Inside the page the block must not contain a literal "</script" or "<!--".
    for (const el of $('script[type="application/ld+json"]').toArray()) expect($(el).html()).not.toMatch(/<\/script|<!--/i);
  });

  it('the FAQ page, FAQ index, symptom hub and category page show their hostile text as text', () => {
    expect(page('faq/hostile-faq/index.html')('h1').text()).toBe(QUESTION);
    expect(page('faq/hostile-faq/index.html')('meta[property="og:title"]').attr('content')).toBe(QUESTION);
    expect(page('faq/index.html')('main').text()).toContain(QUESTION);
    const hub = page('symptoms/withdrawal-failed/index.html');
    expect(hub('h1').text()).toContain(SYMPTOM);
    expect(hub('main').text()).toContain(TITLE);
    expect(page('categories/withdrawal/index.html')('h1').text()).toContain(CATEGORY);
    expect(page('index.html')('a[href^="/symptoms/"]').text()).toContain(SYMPTOM);
  });

  it('RSS is well-formed XML whose items carry the text escaped', () => {
    const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
    // Throws with the line and column of the first syntax error.
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const item = z.object({ title: z.coerce.string(), description: z.coerce.string() });
    const rss = z.object({ rss: z.object({ channel: z.object({ item: z.union([item, z.array(item)]) }) }) });
    const items = [rss.parse(new XMLParser({ processEntities: true, htmlEntities: true }).parse(xml)).rss.channel.item].flat();
    const titles = items.map((item) => String(item.title));
    expect(titles).toContain(TITLE);
    expect(titles).toContain(QUESTION);
    expect(items.find((item) => item.title === TITLE)?.description).toBe(SUMMARY);
    // The markup itself is escaped, not wrapped in a CDATA section some readers render as HTML.
    expect(xml).not.toContain(IMG);
    expect(xml).not.toContain('<script>');
  });

  it('the Pagefind index stores the title as text', () => {
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment')).map((name) => {
      const text = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', name))).toString('utf8');
      return JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; meta: Record<string, string> };
    });
    const article = fragments.find((f) => f.url === '/articles/hostile/');
    expect(article, 'the hostile article is indexed').toBeDefined();
    expect(article!.meta.title).toBe(TITLE);
  });

  it('the search page embeds symptom aliases as JSON that cannot close its script element', () => {
    const $ = page('search/index.html');
    const data = $('script#search-data');
    expect(data.length).toBe(1);
    expect(data.html()).not.toMatch(/<\/script|<!--/i);
    const text = JSON.stringify(JSON.parse(data.text()));
    expect(text).toContain(JSON.stringify(SCRIPT).slice(1, -1));
  });

  it('search results in a real browser show hostile titles as text and run nothing', async () => {
    const server = await startStaticServer(dist);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const browserPage = await context.newPage();
      const dialogs: string[] = [];
      browserPage.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await browserPage.goto(`${server.origin}/search/?q=${encodeURIComponent('提现卡住')}`);
      const link = browserPage.locator('#search-results li a', { hasText: '提现卡住' }).first();
      await link.waitFor({ timeout: 15_000 });
      expect(await link.textContent()).toContain(TITLE);
      expect(await browserPage.locator('#search-results img, #search-results svg, #search-results script').count()).toBe(0);
      // An alias query exercises the symptom table path too.
      await browserPage.goto(`${server.origin}/search/?q=${encodeURIComponent('onerror')}`);
      await browserPage.waitForTimeout(1500);
      expect(await browserPage.locator('#search-results img, #search-results svg').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

