/**
 * The page suites again, over a fixture content tree (tests/fixtures/site), built once per run:
 * it holds what the real content may not have yet — a stale article, sources, named and
 * written-out menu paths, explicit related links, a draft, the contact article and a title
 * with </script> and & in it — so every check in the suites really runs.
 */
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { jsonLdOf } from '../helpers/json-ld.ts';
import { builtSite } from './site.ts';
import { articleSuite } from './suites/article-pages.ts';
import { feedsSuite } from './suites/feeds.ts';
import { htmlValidateSuite } from './suites/html-validate.ts';
import { linkSuite } from './suites/links.ts';
import { pagesSuite } from './suites/site-pages.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'site');
// Built once per run by the build project's global setup (tests/helpers/build-sites.ts) through the
// real pipeline (content check, then astro build with its Pagefind index), pointed at the fixture tree.
const dist = inject('sites').site;

const site = builtSite('fixture', dist, FIXTURE);
linkSuite(site);
htmlValidateSuite(site);
articleSuite(site);
pagesSuite(site);
feedsSuite(site);

describe('fixture specifics (so the generic suites are known to have had something to check)', () => {
  const page = (path: string) => cheerio.load(site.read(path));

  it('the old article shows the stale notice and the fresh one does not', () => {
    expect(page('articles/contact-official-support/index.html')('[data-stale-notice]').text()).toContain('2025 年 1 月 10 日');
    expect(page('articles/balance-negative/index.html')('[data-stale-notice]')).toHaveLength(0);
  });

  it('renders named menu paths as chips marked with their basis, and the note for the reported one', () => {
    const $ = page('articles/contact-official-support/index.html');
    const chips = $('[data-menu-path]').map((_, el) => $(el).children('span:not(.sep)').map((__, s) => $(s).text()).get().join('/')).get();
    expect(chips).toEqual(['我/设置/帮助与反馈', '我/服务/钱包/账单']);
    expect($('[data-menu-path]').map((_, el) => `${$(el).attr('data-menu-path')} ${$(el).attr('data-path-basis')}`).get()).toEqual(['customer-service reported', 'bills device']);
    expect($('[data-path-note]').text()).toContain('菜单名称按公开教程整理');
    expect($('[data-path-note]').text()).toContain('其余路径依据真机核对');
  });

  it('lists sources with their domain', () => {
    const $ = page('articles/contact-official-support/index.html');
    expect($('ol.sources a').attr('href')).toBe('https://kf.qq.com/product/wechatpay.html');
    expect($('ol.sources .domain').text()).toContain('kf.qq.com');
  });

  it('numbers references to sources and narrows steps by cause', () => {
    const $ = page('articles/balance-negative/index.html');
    expect($('#cause-refund-reversed sup.ref a').attr('href')).toBe('#source-refund-api');
    expect($('#cause-refund-reversed sup.ref a').attr('aria-label')).toBe('来源 2');
    expect($('ol.steps > li').eq(1).find('sup.ref a').map((_, a) => $(a).text()).get()).toEqual(['[2]', '[1]']);
    expect($('ol.steps > li').map((_, li) => $(li).attr('data-causes')).get()).toEqual(['', 'refund-reversed', 'transfer-returned']);
    expect($('ol.steps > li').eq(1).find('.applies').text()).toBe('适用于：退款被撤销');
  });

  it('says plainly when an article has no official source, and shows no empty 来源 section', () => {
    const $ = page('articles/withdrawal-failed/index.html');
    expect($('[data-no-official-source]').text()).toContain('暂未找到微信支付对此的官方说明');
    expect($('[data-sources]')).toHaveLength(0);
    expect(page('articles/balance-negative/index.html')('[data-no-official-source]')).toHaveLength(0);
  });

  it('keeps a cause title and sign with </script> as text in the chooser', () => {
    const $ = page('articles/balance-negative/index.html');
    expect($('[data-troubleshooter] a[data-choice="cause-3"]').text()).toBe('以上都对不上 </script><b>x</b>');
  });

  it('links related articles both ways and sends readers to the contact article', () => {
    const negative = page('articles/balance-negative/index.html');
    expect(negative('#not-solved').parent().find('a[href="/articles/contact-official-support/"]').length).toBeGreaterThan(0);
    const contact = page('articles/contact-official-support/index.html');
    expect(contact('#not-solved').parent().find('a[href="/articles/balance-negative/"]')).toHaveLength(1);
    expect(page('index.html')('main a[href="/articles/contact-official-support/"]')).toHaveLength(1);
  });

  it('keeps the title with </script> and & as text, in the page and its JSON-LD', () => {
    const html = site.read('articles/balance-negative/index.html');
    const $ = cheerio.load(html);
    expect($('h1').text()).toBe('零钱变成负数是怎么回事 </script> & <b>');
    expect(jsonLdOf($).find((x) => x['@type'] === 'Article')).toHaveProperty('headline', '零钱变成负数是怎么回事 </script> & <b>');
    expect(html).not.toContain('</script> & <b>');
  });

  it('leaves the draft out: no page, no link, no feed entry', () => {
    expect(site.files().has('articles/draft-thing/index.html')).toBe(false);
    for (const [file, html] of site.pages()) expect(html, file).not.toContain('/articles/draft-thing/');
    expect(site.read('rss.xml')).not.toContain('draft-thing');
  });

  it('shows the FAQ short answer as plain text in the index', () => {
    const $ = page('faq/index.html');
    expect($('#faq-negative-repay > div > p').first().text()).toBe('往零钱里充值就能补足，详见文章。');
  });
});
