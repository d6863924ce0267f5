/**
 * The instant answer: with ?q= the search page names the symptom from its embedded table before
 * any Pagefind file has arrived (the test holds every /pagefind/ response back), and Pagefind's
 * results are appended below it without moving it.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, useSite } from '../helpers/browser.ts';

const site = useSite();

describe('instant answer on /search/?q=…', () => {
  it('is in the DOM before any /pagefind/ file has arrived (every Pagefind request held back)', async () => {
    const page = await site.newPage({ viewport: PHONE });
    const pagefindRequests: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    // Every Pagefind request waits until the DOM has been checked; none may have been answered.
    await page.route('**/pagefind/**', async (route) => {
      pagefindRequests.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('零钱变负数')}`), { waitUntil: 'domcontentloaded' });
    const instant = page.locator('#search-results li.instant');
    await instant.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('#search-results li.result').count(), 'Pagefind 的结果不应已出现').toBe(0);
    const main = instant.locator('a.instant-main').first();
    await expect(main.getAttribute('href')).resolves.toBe('/articles/balance-negative/');
    await expect(main.textContent()).resolves.toContain('零钱变成负数');
    await expect(instant.locator('a.instant-hub').first().getAttribute('href')).resolves.toBe('/symptoms/balance-negative/');
    release();
    // Then Pagefind's results fill in below, and the instant answer has not moved.
    const before = await instant.boundingBox();
    await page.locator('#search-results li.result').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(pagefindRequests.length).toBeGreaterThan(0);
    expect(await instant.boundingBox()).toEqual(before);
    expect(await page.locator('#search-results li').first().getAttribute('class')).toBe('instant');
  });

  it('is in the DOM before the first Pagefind file is even requested', async () => {
    const page = await site.newPage({ viewport: PHONE });
    // When the instant answer enters the DOM, by the page's clock.
    await page.addInitScript(() => {
      const w = window as unknown as { instantAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('#search-results li.instant')) {
          w.instantAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('提现失败')}`));
    await page.locator('#search-results li.result').first().waitFor({ timeout: 15_000 });
    const { instantAt, pagefindStarts } = await page.evaluate(() => ({
      instantAt: (window as unknown as { instantAt?: number }).instantAt,
      // Every Pagefind file is fetched by the worker, whose own script is the page's first Pagefind request.
      pagefindStarts: performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/pagefind/')).map((e) => e.startTime),
    }));
    expect(instantAt, '即时答案没有出现').toBeTypeOf('number');
    expect(pagefindStarts.length).toBeGreaterThan(0);
    expect(instantAt!).toBeLessThan(Math.min(...pagefindStarts));
  });

  it('with Pagefind unreachable, the instant answer still stands and the status says so', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(site.url(`/search/?q=${encodeURIComponent('提现失败')}`));
    await page.locator('#search-results li.instant a.instant-main[href="/articles/withdrawal-failed/"]').waitFor({ timeout: 10_000 });
    await expect.poll(async () => page.locator('#search-status').textContent()).toContain('全文搜索暂时无法使用');
  });

  it('offers no instant answer for a query that names no symptom, and Pagefind still answers', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('怎么联系客服')}`));
    await page.locator('#search-results li.result').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-results li.instant').count()).toBe(0);
  });
});
