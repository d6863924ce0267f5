/**
 * The search page talks to Pagefind's web worker directly (src/scripts/search/pagefind-worker.ts):
 * no pagefind.js before the first result, and Pagefind searches the terms the page sends (one
 * index chunk per term, not one per character). If the worker cannot start, pagefind.js takes over.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, useSite } from '../helpers/browser.ts';

const site = useSite();

/** Opens /search/?q=… and waits for Pagefind's first result; returns the /pagefind/ paths requested. */
async function search(page: Page, query: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) requested.push(path);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
  await page.locator('#search-results li.result').first().waitFor({ timeout: 20_000 });
  expect(errors).toEqual([]);
  return requested;
}

describe('Pagefind on the search page', () => {
  it('is searched through its worker, without pagefind.js, one index chunk per term', async () => {
    const page = await site.newPage({ viewport: PHONE });
    const requested = await search(page, '提现失败');
    expect(requested).toContain('/pagefind/pagefind-worker.js');
    expect(requested).not.toContain('/pagefind/pagefind.js');
    // 提现 and 失败: Pagefind's own zh splitting would ask for 提, 现 and 失败 (three chunks).
    const chunks = requested.filter((path) => path.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(2);
    await expect(page.locator('#search-results li.result a').first().getAttribute('href')).resolves.toMatch(/^\/(articles|faq|symptoms)\//);
  });

  it('falls back to pagefind.js when the worker cannot be loaded', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort());
    const requested = await search(page, '怎么联系客服');
    expect(requested).toContain('/pagefind/pagefind.js');
    await expect(page.locator('#search-results li.result').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/找到 \d+ 个相关页面/);
  });

  it('answers a second search from the same worker', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await search(page, '提现失败');
    const workers = () => page.workers().length;
    expect(workers()).toBe(1);
    await page.fill('#search-input', '分付用不了');
    await expect.poll(async () => page.locator('#search-results li.result a').allTextContents(), { timeout: 15_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('分付')]),
    );
    expect(workers()).toBe(1);
  });
});
