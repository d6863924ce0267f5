/** The /search/ page and the search metadata of indexed pages, as built. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist, requireDist } from '../helpers/dist.ts';

describe('/search/ page', () => {
  const $ = cheerio.load(readDist('search/index.html'));

  it('has the contract selectors', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('input#search-input[name="q"]').length).toBe(1);
    expect($('#search-status[aria-live="polite"]').length).toBe(1);
    expect($('ol#search-results').length).toBe(1);
    expect($('select#search-category option[value=""]').length).toBe(1);
    expect($('select#search-category option[data-filter]').length).toBeGreaterThan(0);
  });

  it('lists common symptoms without JavaScript and says how to browse', () => {
    const links = $('#search-suggestions a[href^="/symptoms/"]');
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const a of links.toArray()) expect(existsSync(join(requireDist(), $(a).attr('href')!, 'index.html'))).toBe(true);
    expect($('#search-suggestions a[href="/faq/"]').length).toBe(1);
    expect($('noscript').text()).toContain('全部症状');
  });

  it('ships the alias table as inert JSON and no inline handlers', () => {
    const table = (JSON.parse($('script#search-data[type="application/json"]').text()) as { symptoms: { id: string; terms: string[] }[] }).symptoms;
    expect(table.length).toBeGreaterThan(0);
    expect(table.every((s) => s.terms.length >= 6)).toBe(true);
    expect($('[onclick], [onload], [onerror], [oninput], [onsubmit]').length).toBe(0);
  });

  it('embeds the instant answer\'s data: answers and first steps, the synonyms, and the emergency first actions', () => {
    const data = JSON.parse($('script#search-data').text()) as {
      symptoms: { id: string; urgent?: boolean; article?: { answer?: string; firstStep?: string } }[];
      synonyms: [string, string][];
      firstActions?: { url: string; steps: string[] };
    };
    const failed = data.symptoms.find((s) => s.id === 'withdrawal-failed');
    expect(failed?.article?.answer).toMatch(/^提现失败.*。$/);
    // Its first step's path (balance) rests on public guides only: the instant answer shows the step title, not the path as fact.
    expect(failed?.article?.firstStep).toBe('看失败提示和零钱明细里的状态');
    expect(data.symptoms.map((s) => s.article?.firstStep ?? '').filter((step) => step.includes('›'))).toEqual(
      data.symptoms.map((s) => s.article?.firstStep ?? '').filter((step) => /（我 › 服务 › 钱包(?: › 支付分(?: › 我的服务)?)?）$/.test(step)),
    );
    expect(data.synonyms).toContainEqual(['不成功', '失败']);
    // Money may be leaving: freezing and calling the police are written out, before any tap.
    expect(data.firstActions?.url).toBe('/articles/emergency/');
    expect(data.firstActions?.steps.join('\n')).toContain('冻结');
    expect(data.firstActions?.steps.join('\n')).toMatch(/110|96110/);
    const urgent = data.symptoms.filter((s) => s.urgent).map((s) => s.id);
    expect(urgent).toEqual(expect.arrayContaining(['emergency', 'scam-recovery', 'lost-phone', 'suspicious-transaction', 'wrong-transfer']));
    expect(urgent).not.toContain('withdrawal-failed');
  });

  it('is not indexed itself', () => {
    expect($('[data-pagefind-body]').length).toBe(0);
  });
});

describe('search metadata on indexed pages', () => {
  const indexed = htmlFiles().filter((f) => /^(articles|faq|symptoms)\/[^/]+\/index\.html$/.test(f));

  it.each(indexed)('%s has its category filter, symptom ids and labels inside data-pagefind-body', (file) => {
    const $ = cheerio.load(readDist(file));
    const body = $('[data-pagefind-body]');
    expect(body.length).toBe(1);
    const terms = body.find('[data-search-terms]');
    expect(terms.attr('hidden')).toBeDefined();
    expect(terms.find('[data-pagefind-filter^="category:"]').length).toBe(1);
    expect(terms.find('[data-pagefind-meta^="symptoms:"]').attr('data-pagefind-meta')).toMatch(/^symptoms:[a-z0-9-]+( [a-z0-9-]+)*$/);
    expect(terms.find('[data-pagefind-meta^="symptom:"]').length).toBe(1);
    // Boilerplate stays out of the index.
    expect($('header [data-pagefind-body], footer [data-pagefind-body]').length).toBe(0);
  });

  it('the index exists', () => {
    expect(existsSync(join(requireDist(), 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
