/**
 * The journeys a worried reader takes, in a real Chromium against the built site (dist/).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, useSite } from '../helpers/browser.ts';
import { articlesForSymptom, RESULT_LINKS } from './support/pages.ts';

const site = useSite();

async function go(page: Page, path: string, status = 200) {
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.status(), `${path} 的 HTTP 状态`).toBe(status);
  return response;
}

/** The path of the first search result, once the results list has rendered. */
async function firstResultPath(page: Page): Promise<string> {
  const first = page.locator(RESULT_LINKS).first();
  await first.waitFor({ state: 'visible', timeout: 15_000 });
  return new URL((await first.getAttribute('href'))!, site.origin).pathname;
}

/** Relative luminance (0 dark … 1 light) of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The background actually painted behind the page: body, else html, else the canvas (white). */
async function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const element of [document.body, document.documentElement]) {
      const color = getComputedStyle(element).backgroundColor;
      if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
    }
    return 'rgb(255, 255, 255)';
  });
}

describe('home → symptom hub → article → tick a step', () => {
  it('follows the withdrawal-failed tile to its article, and a ticked step survives a reload', async () => {
    const page = await site.newPage();
    await go(page, '/');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('你遇到了什么问题？');

    await page.locator('main a[href="/symptoms/withdrawal-failed/"]').first().click();
    await page.waitForURL('**/symptoms/withdrawal-failed/');

    await page.locator('main a[href="/articles/withdrawal-failed/"]').first().click();
    await page.waitForURL('**/articles/withdrawal-failed/');

    const steps = page.locator('ol.steps > li input[type="checkbox"][data-step-id]');
    expect(await steps.count(), '文章应有可勾选的步骤').toBeGreaterThan(0);
    const first = steps.first();
    await expect(first.getAttribute('data-step-id')).resolves.toBe('withdrawal-failed:0');
    // Tick it the way a reader does: by tapping the label text.
    const id = await first.getAttribute('id');
    if (id) await page.locator(`label[for="${id}"]`).click();
    else await first.check();
    expect(await first.isChecked()).toBe(true);

    await page.reload({ waitUntil: 'load' });
    const again = page.locator('ol.steps > li input[type="checkbox"][data-step-id="withdrawal-failed:0"]');
    await again.waitFor();
    // The saved state is applied by a small script after load: poll briefly.
    await expect.poll(() => again.isChecked(), { timeout: 5_000 }).toBe(true);
    const stored = await page.evaluate(() => localStorage.getItem('kb-steps:withdrawal-failed'));
    expect(stored, 'localStorage 里的 kb-steps:withdrawal-failed').toBeTruthy();
    expect(await page.locator('ol.steps input[type="checkbox"]:checked').count()).toBe(1);
  });
});

describe('search', () => {
  it('searching 提现失败 from the header box opens the withdrawal-failed article first', async () => {
    const page = await site.newPage();
    await go(page, '/');
    await page.locator('header form[role="search"] #site-search-input').fill('提现失败');
    await page.locator('header form[role="search"] #site-search-input').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('提现失败');
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('提现失败');

    expect(await firstResultPath(page)).toBe('/articles/withdrawal-failed/');
    await page.locator(RESULT_LINKS).first().click();
    await page.waitForURL('**/articles/withdrawal-failed/');
  });

  it('pressing / focuses the header search box', async () => {
    const page = await site.newPage();
    await go(page, '/articles/withdrawal-failed/');
    await page.locator('body').press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
  });

  it('the deep link /search/?q=分付用不了 shows the fenfu article first', async () => {
    const fenfu = articlesForSymptom('fenfu-unavailable');
    expect(fenfu.length, 'content/articles 里应有关联 fenfu-unavailable 症状的文章').toBeGreaterThan(0);
    const page = await site.newPage();
    await go(page, `/search/?q=${encodeURIComponent('分付用不了')}`);
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('分付用不了');
    const first = await firstResultPath(page);
    expect(fenfu.map((slug) => `/articles/${slug}/`)).toContain(first);
    // The status region announces the outcome to screen readers.
    await expect(page.locator('#search-status').getAttribute('aria-live')).resolves.toBe('polite');
    await expect.poll(async () => (await page.locator('#search-status').textContent())?.trim().length ?? 0).toBeGreaterThan(0);
  });

  it('keyboard only: type, ArrowDown through the results, Enter opens the selected one', async () => {
    const page = await site.newPage({ viewport: DESKTOP });
    await go(page, '/search/');
    await page.locator('#search-input').focus();
    await page.keyboard.type('提现');
    await page.locator(RESULT_LINKS).nth(1).waitFor({ state: 'visible', timeout: 15_000 });
    const hrefs = await page.locator(RESULT_LINKS).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);

    /**
     * Which result is selected: either focus moved onto a result link (roving focus) or the input
     * keeps focus and points at the result with aria-activedescendant (combobox pattern).
     */
    const selected = () =>
      page.evaluate(() => {
        const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results li a')];
        const active = document.activeElement;
        const byFocus = links.findIndex((a) => a === active || a.closest('li') === active);
        if (byFocus >= 0) return byFocus;
        const descendant = active?.getAttribute('aria-activedescendant');
        if (descendant) {
          const target = document.getElementById(descendant);
          return links.findIndex((a) => a === target || a.closest('li') === target || (target && target.contains(a)));
        }
        return -1;
      });

    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe(1);
    await page.keyboard.press('ArrowUp');
    await expect.poll(selected).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(hrefs[1]);
  });
});

describe('keyboard basics', () => {
  it('the first Tab reaches a visible skip link that jumps to <main id="main">', async () => {
    const page = await site.newPage({ viewport: DESKTOP });
    await go(page, '/articles/withdrawal-failed/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement | null;
      const rect = element?.getBoundingClientRect();
      return { href: element?.getAttribute('href'), visible: Boolean(rect && rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0) };
    });
    expect(focused).toEqual({ href: '#main', visible: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
    expect(await page.locator('main#main').count()).toBe(1);
  });
});

describe('FAQ index', () => {
  it('a question expands when its summary is clicked', async () => {
    const page = await site.newPage();
    await go(page, '/faq/');
    const details = page.locator('main details').first();
    await details.waitFor();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').first().click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // The answer (or a link to it) is visible once open.
    const answer = details.locator(':scope > :not(summary)').first();
    expect(await answer.isVisible()).toBe(true);
  });
});

describe('404 page', () => {
  it('a missing URL returns status 404 and its search box leads to results', async () => {
    const page = await site.newPage();
    await go(page, '/articles/no-such-article/', 404);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    // Prefer the 404 page's own search box in <main>; the header box satisfies the contract too.
    const own = page.locator('main form[role="search"] input[name="q"], main form[action="/search/"] input[name="q"]');
    const box = (await own.count()) > 0 ? own.first() : page.locator('#site-search-input');
    await box.fill('提现');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('提现');
    await page.locator(RESULT_LINKS).first().waitFor({ state: 'visible', timeout: 15_000 });
  });
});

describe('dark mode', () => {
  it('prefers-color-scheme: dark paints a dark background; light paints a light one', async () => {
    const dark = await site.newPage({ colorScheme: 'dark' });
    await go(dark, '/articles/withdrawal-failed/');
    expect(luminance(await pageBackground(dark)), '深色模式背景').toBeLessThan(0.2);
    const textColor = await dark.evaluate(() => getComputedStyle(document.body).color);
    expect(luminance(textColor), '深色模式文字应为浅色').toBeGreaterThan(0.4);

    const light = await site.newPage({ colorScheme: 'light' });
    await go(light, '/articles/withdrawal-failed/');
    expect(luminance(await pageBackground(light)), '浅色模式背景').toBeGreaterThan(0.6);
  });
});
