/**
 * What a worried reader sees without scrolling, on a 360 × 740 phone (issue 20 §1, §5, §6):
 * - every page: the header's emergency link and the 「与腾讯、微信无关，从不索要密码或验证码」 line;
 * - the home page: the emergency symptoms, first and set apart;
 * - every article: how many steps there are, with a link to them; emergency articles: the short
 *   answer (their first actions) is not pushed down by the troubleshooter;
 * - the article's troubleshooter leads on: 「都不是」 to every step and the contact article, 「查看全部
 *   步骤」 moves focus to the first step it reveals, 「直接看步骤」 keeps the chosen situation;
 * - none of this moves the page while it loads (no layout shift).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleUrl, CONTACT_ARTICLE_SLUG, EMERGENCY_ARTICLE_SLUG, EMERGENCY_CATEGORY_ID } from '../../src/lib/urls.ts';
import { PHONE, useSite } from '../helpers/browser.ts';
import { defaultSite } from '../build/site.ts';
import { PAGE_TYPES } from './support/pages.ts';

const site = useSite();

// Published articles, read the way the build tests read them.
const articles = defaultSite().articles();
const EMERGENCY_HREF = articleUrl(EMERGENCY_ARTICLE_SLUG);

/** Whether the element's box lies entirely inside the 360 × 740 viewport as it is scrolled now. */
async function inViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  if (!box || box.width === 0 || box.height === 0) return false;
  return box.y >= -0.5 && box.y + box.height <= PHONE.height + 0.5 && box.x >= -0.5 && box.x + box.width <= PHONE.width + 0.5;
}

async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.status(), `${path} 的 HTTP 状态`).toBe(status);
}

/** Whether the element is the one that has keyboard focus. */
const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe('the first screen of every page type', () => {
  const targets = [...PAGE_TYPES, { name: 'emergency article', path: EMERGENCY_HREF, status: 200 as const }];

  it('the emergency article exists (the header links it)', async () => {
    const page = await site.newPage();
    await open(page, EMERGENCY_HREF);
  });

  it.concurrent.each(targets)('$name ($path): the emergency link and the not-affiliated line are in the first screen', async ({ path, status }) => {
    const page = await site.newPage();
    await open(page, path, status);
    const link = page.locator('header a[data-emergency-link]');
    await expect(link.getAttribute('href')).resolves.toBe(EMERGENCY_HREF);
    expect(await link.textContent()).toBe('被骗/被盗？先止损');
    expect(await inViewport(link), '「被骗/被盗？先止损」应在第一屏').toBe(true);
    const line = page.locator('header [data-not-official]');
    expect(await line.textContent()).toMatch(/与腾讯、微信无关.*密码.*验证码/);
    expect(await inViewport(line), '「与腾讯、微信无关」一行应在第一屏').toBe(true);
    // Compact: the page's own content still starts in the top quarter of the screen.
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height, '页头高度').toBeLessThanOrEqual(PHONE.height / 4);
  });

  it('one tap on the emergency link from an FAQ opens the emergency page, which marks the link as the current page', async () => {
    const page = await site.newPage();
    await open(page, '/faq/withdrawal-fee/');
    await page.locator('header a[data-emergency-link]').click();
    await page.waitForURL(`**${EMERGENCY_HREF}`);
    await expect(page.locator('header a[data-emergency-link]').getAttribute('aria-current')).resolves.toBe('page');
  });

  it('the home page shows the emergency symptoms first, set apart, with their heading in the first screen', async () => {
    const page = await site.newPage();
    await open(page, '/');
    const first = page.locator('main section[data-category]').first();
    await expect(first.getAttribute('data-category')).resolves.toBe(EMERGENCY_CATEGORY_ID);
    expect(await first.evaluate((el) => el.classList.contains('urgent'))).toBe(true);
    // Set apart: its background differs from the next group's.
    const backgrounds = await page.locator('main section[data-category]').evaluateAll((sections) => sections.slice(0, 2).map((s) => getComputedStyle(s).backgroundColor));
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    expect(await inViewport(first.locator('h2'))).toBe(true);
    expect(await inViewport(first.locator('.tiles a').first()), '第一个紧急症状应在第一屏').toBe(true);
  });

  it.each(['/', '/articles/withdrawal-failed/', EMERGENCY_HREF, '/faq/withdrawal-fee/'])('%s does not shift while it loads (CLS 0)', async (path) => {
    const page = await site.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page, path);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });
});

describe.concurrent.each(articles)('/articles/$slug/: the first screen', ({ slug, data }) => {
  it(`says how many steps there are (${data.steps.length}) and links them, in the first screen`, async () => {
    const page = await site.newPage();
    await open(page, articleUrl(slug));
    const count = page.locator('[data-step-count]');
    expect(await count.textContent()).toBe(`共 ${data.steps.length} 步，直接看步骤`);
    expect(await inViewport(count), '步数一行应在第一屏').toBe(true);
    await count.locator('a[href="#steps"]').click();
    await page.waitForURL('**#steps');
    expect(await inViewport(page.locator('h2#steps'))).toBe(true);
  });

  it.runIf(data.category === EMERGENCY_CATEGORY_ID)('emergency: the short answer starts in the first screen and shows its first lines there', async () => {
    const page = await site.newPage();
    await open(page, articleUrl(slug));
    const summary = page.locator('#answer').locator('xpath=ancestor::section[1]').locator('p:not([data-step-count])').first();
    const box = (await summary.boundingBox())!;
    const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    // The whole summary, or at least its first six lines (where the first actions are), above the fold.
    expect(Math.min(box.y + box.height, box.y + 6 * lineHeight), '简短回答的前几行应在第一屏').toBeLessThanOrEqual(PHONE.height);
  });
});

describe('the emergency article puts its first actions in the first screen', () => {
  it('冻结 and 110 are visible without scrolling', async () => {
    const page = await site.newPage();
    await open(page, EMERGENCY_HREF);
    const bottoms = await page.evaluate((words) => {
      const section = document.getElementById('answer')!.closest('section')!;
      return words.map((word) => {
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          return range.getBoundingClientRect().bottom;
        }
        return Infinity;
      });
    }, ['冻结', '110']);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(PHONE.height);
  });
});

describe('the troubleshooter leads on', () => {
  // An article where a chosen situation hides some steps, and which is not the contact article.
  const article = articles.find(({ slug, data }) => slug !== CONTACT_ARTICLE_SLUG && data.causes.some((c) => data.steps.some((s) => s.for && !s.for.includes(c.id))))!;
  const cause = article.data.causes.find((c) => article.data.steps.some((s) => s.for && !s.for.includes(c.id)))!;
  const applying = article.data.steps.flatMap((step, i) => (!step.for || step.for.includes(cause.id) ? [i] : []));
  const firstHidden = article.data.steps.findIndex((_, i) => !applying.includes(i));

  it(`(article ${article.slug}, situation ${cause.id})`, () => {
    expect(applying.length).toBeLessThan(article.data.steps.length);
  });

  it('都不是 goes to every step and offers the contact article, not back to the causes', async () => {
    const page = await site.newPage();
    await open(page, articleUrl(article.slug));
    const none = page.locator('[data-troubleshooter] [data-none-apply]');
    await expect(none.locator(`a[href="${articleUrl(CONTACT_ARTICLE_SLUG)}"]`).count()).resolves.toBe(1);
    await none.locator('a[href="#steps"]').click();
    await page.waitForURL('**#steps');
    expect(await inViewport(page.locator('h2#steps'))).toBe(true);
    expect(await inViewport(page.locator('ol.steps > li').first().locator('label'))).toBe(true);
    expect(await page.locator('ol.steps > li').filter({ visible: true }).count()).toBe(article.data.steps.length);
  });

  it('都不是 after a choice clears it and stays on the steps (does not jump back to the chooser)', async () => {
    const page = await site.newPage();
    await open(page, articleUrl(article.slug));
    await page.locator(`[data-troubleshooter] a[data-choice="${cause.id}"]`).click();
    await page.waitForURL(`**#cause-${cause.id}`);
    const none = page.locator('[data-troubleshooter] [data-none-apply] a[href="#steps"]');
    await none.scrollIntoViewIfNeeded();
    await none.click();
    await page.waitForURL('**#steps');
    await expect.poll(() => page.locator('[data-troubleshoot]').getAttribute('data-chosen')).toBeNull();
    expect(await page.locator('ol.steps > li').filter({ visible: true }).count()).toBe(article.data.steps.length);
    expect(await inViewport(page.locator('h2#steps')), '「一步一步排查」应在屏幕上').toBe(true);
  });

  it('after a choice, the first screen says how many steps apply, and 直接看步骤 goes to the first of them, keeping the choice', async () => {
    const page = await site.newPage();
    await open(page, `${articleUrl(article.slug)}#cause-${cause.id}`);
    const count = page.locator('[data-step-count]');
    expect(await count.textContent()).toBe(`这种情况适用其中 ${applying.length} 步（共 ${article.data.steps.length} 步），直接看步骤`);
    await count.locator('a').click();
    const first = page.locator('ol.steps > li').nth(applying[0]);
    await expect.poll(() => isFocused(first)).toBe(true);
    expect(await inViewport(first.locator('label'))).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe(`#cause-${cause.id}`);
  });

  it('the 「只显示适用的几步」 notice is above the steps; 查看全部步骤 moves focus to the first step it reveals', async () => {
    const page = await site.newPage();
    await open(page, `${articleUrl(article.slug)}#cause-${cause.id}`);
    const filter = page.locator('[data-steps-filter]');
    expect(await filter.locator('span').textContent()).toBe(`只显示适用于这种情况的 ${applying.length} 步（共 ${article.data.steps.length} 步）。`);
    const firstShown = page.locator('ol.steps > li').nth(applying[0]);
    expect((await filter.boundingBox())!.y).toBeLessThan((await firstShown.boundingBox())!.y);
    await page.locator('[data-show-all-steps]').focus();
    await page.keyboard.press('Enter');
    const revealed = page.locator('ol.steps > li').nth(firstHidden);
    await expect.poll(() => isFocused(revealed)).toBe(true);
    expect(await inViewport(revealed.locator('label'))).toBe(true);
    // Keyboard reading continues from there: Tab reaches the step's checkbox.
    await page.keyboard.press('Tab');
    expect(await isFocused(revealed.locator('input[type="checkbox"]'))).toBe(true);
  });
});
