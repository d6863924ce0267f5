/**
 * What the instant answer says, on a 360×740 phone: for an emergency, the first actions (冻结,
 * 110) inside the first screen before Pagefind is even requested; for an everyday symptom, the
 * main article's one-line answer and its first step. And the page around it: one search box, the
 * arrow-key hint only where a keyboard is likely, and no dead search box without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PHONE, useSite } from '../helpers/browser.ts';
import { ROOT } from '../helpers/dist.ts';

const site = useSite();

interface FirstScreen {
  /** page clock when li.instant entered the DOM */
  at: number;
  /** [text, top, bottom] of the first text node matching each pattern, measured at that moment */
  found: Record<string, [string, number, number] | null>;
  height: number;
}

/**
 * Records, the moment the instant answer enters the DOM, where the first text matching each
 * pattern sits on screen. Runs in the page before any of its scripts.
 */
async function watchInstant(page: Page, patterns: Record<string, string>): Promise<void> {
  await page.addInitScript((sources: Record<string, string>) => {
    const w = window as unknown as { firstScreen?: FirstScreen };
    new MutationObserver((_, observer) => {
      const instant = document.querySelector('#search-results li.instant');
      if (!instant) return;
      observer.disconnect();
      const found: FirstScreen['found'] = {};
      for (const [name, source] of Object.entries(sources)) {
        found[name] = null;
        const walker = document.createTreeWalker(instant, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const match = new RegExp(source).exec(node.textContent ?? '');
          if (!match) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rect = range.getBoundingClientRect();
          found[name] = [match[0], rect.top, rect.bottom];
          break;
        }
      }
      w.firstScreen = { at: performance.now(), found, height: window.innerHeight };
    }).observe(document, { childList: true, subtree: true });
  }, patterns);
}

/** When the page's first Pagefind file was requested (resource timing), or Infinity. */
const firstPagefindRequest = (page: Page) =>
  page.evaluate(() => Math.min(Infinity, ...performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/pagefind/')).map((e) => e.startTime)));

describe('an emergency search at 360×740', () => {
  // The last two name no symptom clearly enough for an answer: the trigger words (被骗, 盗刷) bring the first actions.
  it.each(['被骗了怎么追回', '手机丢了', '转错人了', '网上被骗了两万怎么办', '银行卡被盗刷了怎么办'])('%s: 冻结 and 110 or 96110 are in the first screen before any Pagefind request', async (query) => {
    const page = await site.newPage({ viewport: PHONE });
    await watchInstant(page, { freeze: '冻结', police: '96110|110' });
    await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
    await page.locator('#search-results li.result').first().waitFor({ timeout: 20_000 });
    const screen = await page.evaluate(() => (window as unknown as { firstScreen?: FirstScreen }).firstScreen);
    expect(screen, '即时答案没有出现').toBeDefined();
    expect(screen!.at).toBeLessThan(await firstPagefindRequest(page));
    for (const name of ['freeze', 'police']) {
      const found = screen!.found[name];
      expect(found, `即时答案里没有 ${name}`).not.toBeNull();
      const [, top, bottom] = found!;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom, `${found![0]} 在第一屏以下`).toBeLessThanOrEqual(screen!.height);
    }
    // The first actions link to the emergency page, and the list below still follows.
    await expect(page.locator('#search-results li.instant a[href="/articles/emergency/"]').count()).resolves.toBeGreaterThan(0);
  });
});

describe('an everyday search', () => {
  it('提现失败: the card shows the article\'s one-line answer and its first step with the menu path', async () => {
    const source = readFileSync(join(ROOT, 'content', 'articles', 'withdrawal-failed.mdx'), 'utf8');
    const data = parse(source.split(/^---$/m)[1]) as { summary: string; steps: { title: string }[] };
    const answer = data.summary.slice(0, data.summary.indexOf('。') + 1);
    const page = await site.newPage({ viewport: PHONE });
    await page.route('**/pagefind/**', () => new Promise(() => {})); // Pagefind never answers: the card stands alone
    await page.goto(site.url(`/search/?q=${encodeURIComponent('提现失败')}`), { waitUntil: 'domcontentloaded' });
    const main = page.locator('#search-results li.instant a.instant-main').first();
    await main.waitFor({ state: 'visible' });
    await expect(main.getAttribute('href')).resolves.toBe('/articles/withdrawal-failed/');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain(answer);
    // The first step's path (balance) rests on public guides only: shown as the step title, never as fact.
    expect(text).toContain(`第一步：${data.steps[0].title}`);
    expect(text).not.toContain('›');
    // No emergency block for an everyday symptom.
    expect(await page.locator('#search-results .instant-urgent').count()).toBe(0);
  });

  it('提现一直不成功 leads with the failed withdrawal, not the delayed one', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.route('**/pagefind/**', () => new Promise(() => {}));
    await page.goto(site.url(`/search/?q=${encodeURIComponent('提现一直不成功')}`), { waitUntil: 'domcontentloaded' });
    const first = page.locator('#search-results li.instant a.instant-main').first();
    await expect(first.getAttribute('href')).resolves.toBe('/articles/withdrawal-failed/');
  });
});

describe('layout stability', () => {
  it.each(['被骗了怎么追回', '提现失败'])('%s: the instant answer and the results that follow move nothing (CLS 0)', async (query) => {
    const page = await site.newPage({ viewport: PHONE });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
    await page.locator('#search-results li.result').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/找到/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
});

describe('the search page around the answer', () => {
  it('has one search box, and the category filter comes after the results', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('提现失败')}`));
    await page.locator('#search-results li.result').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('header form').count()).toBe(0);
    const order = await page.evaluate(() => {
      const results = document.getElementById('search-results')!;
      const filter = document.getElementById('search-category')!;
      return results.compareDocumentPosition(filter) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    // "/" still reaches the one box.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
  });

  it('tells about arrow keys where a keyboard is likely, and not on a touch phone', async () => {
    const status = async (options: Parameters<typeof site.newPage>[0]) => {
      const page = await site.newPage(options);
      await page.goto(site.url(`/search/?q=${encodeURIComponent('提现失败')}`));
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toMatch(/找到 \d+ 个相关页面/);
      return page.locator('#search-status').textContent();
    };
    await expect(status({ viewport: PHONE, hasTouch: true, isMobile: true })).resolves.not.toContain('方向键');
    await expect(status({ viewport: { width: 1280, height: 800 } })).resolves.toContain('方向键');
  });

  it('without JavaScript shows no search box that would lose the query, and says why and where to browse', async () => {
    const page = await site.newPage({ viewport: PHONE, javaScriptEnabled: false });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('提现失败')}`));
    await expect(page.locator('#search-input').isVisible()).resolves.toBe(false);
    await expect(page.locator('#search-category').isVisible()).resolves.toBe(false);
    const status = page.locator('#search-status');
    await expect(status.isVisible()).resolves.toBe(true);
    await expect(status.textContent()).resolves.toContain('JavaScript');
    await expect(status.locator('a[href="/symptoms/"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-suggestions a[href^="/symptoms/"]').first().isVisible()).resolves.toBe(true);
  });
});
