/**
 * 「你遇到的是哪种情况？」 on every article, on a 360 × 740 phone, with JavaScript off and on:
 * every choice lands on its cause; with JavaScript the first step that applies to it is on
 * screen, the others are one tap away, and Back brings the chooser back.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, type ExpectStatic } from 'vitest';
import { PHONE, useSite } from '../helpers/browser.ts';
import { defaultSite } from '../build/site.ts';

const site = useSite();

// Published articles, read the way the build tests read them.
const zhArticles = defaultSite().articles();
// Both editions: the English articles (/en/articles/…) run the same troubleshooter with the English string table.
const articles = [
  ...zhArticles.map((a) => ({ ...a, path: `/articles/${a.slug}/` })),
  ...defaultSite().articles('en').map((a) => ({ ...a, path: `/en/articles/${a.slug}/` })),
];

/** Whether the element's box lies entirely inside the viewport (partly, when `partly`). */
async function onScreen(locator: Locator, partly = false): Promise<boolean> {
  const box = await locator.boundingBox();
  if (!box) return false;
  if (partly) return box.y < PHONE.height && box.y + box.height > 0;
  return box.y >= -0.5 && box.y + box.height <= PHONE.height + 0.5;
}

async function open(page: Page, slugOrPath: string, check: ExpectStatic = expect) {
  const response = await page.goto(site.url(slugOrPath.startsWith('/') ? slugOrPath : `/articles/${slugOrPath}/`), { waitUntil: 'load' });
  check(response?.status()).toBe(200);
}

const choice = (page: Page, id: string) => page.locator(`[data-troubleshooter] a[href="#cause-${id}"]`);

describe.concurrent.each(articles)('$path troubleshooter', ({ path, data }) => {
  // One page load serves both no-JavaScript checks (the chooser's wording, then every choice): half the round trips.
  it('without JavaScript has one choice per cause, worded as its signs; every choice lands on its cause, and Back returns to the chooser', async ({ expect, onTestFinished }) => {
    const page = await site.newPage({ javaScriptEnabled: false });
    onTestFinished(() => page.context().close());
    await open(page, path, expect);
    // Every choice's href and text in one round trip.
    const links = await page.locator('[data-troubleshooter] a[data-choice]').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    expect(links.length).toBe(data.causes.length);
    for (const [i, cause] of data.causes.entries()) {
      expect(links[i].href).toBe(`#cause-${cause.id}`);
      for (const sign of cause.signs ?? []) expect(links[i].text).toContain(sign);
    }
    for (const cause of data.causes) {
      const link = choice(page, cause.id);
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await page.waitForURL(`**#cause-${cause.id}`);
      expect(await onScreen(page.locator(`#cause-${cause.id}`), true), `${cause.id} 应在屏幕上`).toBe(true);
      await page.goBack();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
      expect(await onScreen(link), `后退后选项 ${cause.id} 应在屏幕上`).toBe(true);
    }
  });

  it('with JavaScript every choice shows its cause and the first step that applies, focused and on screen; Back restores the chooser', async ({ expect, onTestFinished }) => {
    const page = await site.newPage();
    onTestFinished(() => page.context().close());
    await open(page, path, expect);
    const steps = page.locator('ol.steps > li');
    for (const cause of data.causes) {
      const link = choice(page, cause.id);
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await page.waitForURL(`**#cause-${cause.id}`);
      // The URL changes (and Chromium may already focus the cause natively) before the page's
      // hashchange handler has hidden the other steps and scrolled: wait for the handler's work,
      // then for the resulting position (never a fixed sleep; on a loaded machine it comes late).
      await expect.poll(() => page.locator('[data-troubleshoot]').getAttribute('data-chosen'), { message: `选择 ${cause.id} 后脚本应已运行` }).toBe('');
      const target = page.locator(`#cause-${cause.id}`);
      await expect.poll(() => onScreen(target), { message: `原因 ${cause.id} 应完整显示在屏幕上` }).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`cause-${cause.id}`);

      const applying = data.steps.flatMap((step, i) => (!step.for || step.for.includes(cause.id) ? [i] : []));
      expect(applying.length, `至少有一个步骤适用于 ${cause.id}`).toBeGreaterThan(0);
      for (const [i] of data.steps.entries()) expect(await steps.nth(i).isVisible(), `第 ${i + 1} 步`).toBe(applying.includes(i));
      const first = steps.nth(applying[0]);
      await expect.poll(() => onScreen(first.locator('label')), { message: `${cause.id} 的第一个适用步骤（第 ${applying[0] + 1} 步）应在屏幕上` }).toBe(true);
      expect(await onScreen(target), `原因 ${cause.id} 应仍完整显示在屏幕上`).toBe(true);
      for (const other of data.causes) if (other.id !== cause.id) expect(await page.locator(`#cause-${other.id}`).isVisible()).toBe(false);

      const showAll = page.locator('[data-show-all-steps]');
      if (applying.length < data.steps.length) {
        await showAll.click();
        expect(await steps.filter({ visible: true }).count()).toBe(data.steps.length);
        // The button is gone: focus moves to the first step it revealed, not to the page body.
        const revealed = data.steps.findIndex((_, i) => !applying.includes(i));
        await expect.poll(() => steps.nth(revealed).evaluate((li) => li === document.activeElement), { message: `焦点应在第 ${revealed + 1} 步` }).toBe(true);
      } else {
        expect(await showAll.isVisible()).toBe(false);
      }

      await page.goBack();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
      // As above: the handler that shows the chooser again runs after the URL has changed.
      await expect.poll(() => page.locator('[data-troubleshoot]').getAttribute('data-chosen')).toBe(null);
      await expect.poll(() => onScreen(link), { message: `后退后选项 ${cause.id} 应在屏幕上` }).toBe(true);
      expect(await steps.filter({ visible: true }).count()).toBe(data.steps.length);
      expect(await page.locator('ul.causes > li').filter({ visible: true }).count()).toBe(data.causes.length);
    }
  });
});

describe('the troubleshooter keeps the rest of the page working', () => {
  const article = zhArticles.find(({ data }) => data.steps.some((s) => s.for)) ?? zhArticles[0];

  it(`a shared link (/articles/${article.slug}/#cause-…) opens on that cause, and ticks survive a reload`, async () => {
    const cause = article.data.causes.find((c) => article.data.steps.some((s) => s.for && !s.for.includes(c.id))) ?? article.data.causes[0];
    const page = await site.newPage();
    await page.goto(site.url(`/articles/${article.slug}/#cause-${cause.id}`), { waitUntil: 'load' });
    expect(await onScreen(page.locator(`#cause-${cause.id}`))).toBe(true);
    const firstIndex = article.data.steps.findIndex((s) => !s.for || s.for.includes(cause.id));
    const box = page.locator(`input[data-step-id="${article.slug}:${firstIndex}"]`);
    await box.check();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.locator(`input[data-step-id="${article.slug}:${firstIndex}"]`).isChecked()).toBe(true);
    expect(await page.evaluate((slug) => localStorage.getItem(`kb-steps:${slug}`), article.slug)).toBe(JSON.stringify([firstIndex]));
  });

  it('numbers the steps with value= (CSS counter(list-item)), so hidden steps do not renumber the rest', async () => {
    const page = await site.newPage();
    await open(page, article.slug);
    const values = await page.locator('ol.steps > li').evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value));
    expect(values).toEqual(article.data.steps.map((_, i) => i + 1));
  });

  it('prints every cause and every step even when one cause is chosen', async () => {
    const page = await site.newPage();
    await open(page, article.slug);
    await choice(page, article.data.causes[0].id).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('ul.causes > li').filter({ visible: true }).count()).toBe(article.data.causes.length);
    expect(await page.locator('ol.steps > li').filter({ visible: true }).count()).toBe(article.data.steps.length);
  });

  it('都不是 leads on to every step and to the contact article, not back to the causes', async () => {
    const page = await site.newPage();
    await open(page, article.slug);
    const none = page.locator('[data-troubleshooter] [data-none-apply]');
    await expect(none.locator('a[href="#causes"]').count()).resolves.toBe(0);
    await expect(none.locator('a[href="#steps"]').count()).resolves.toBe(1);
    await expect(none.locator('a[href="/articles/contact-official-support/"]').count()).resolves.toBe(article.slug === 'contact-official-support' ? 0 : 1);
  });
});

describe('the troubleshooter in English', () => {
  const english = defaultSite()
    .articles('en')
    .find(({ data }) => data.causes.some((cause) => data.steps.some((step) => step.for && !step.for.includes(cause.id))));
  it('says how many steps apply in English, from the English string table', async () => {
    expect(english, 'an English article with a step for some causes only').toBeDefined();
    const { slug, data } = english!;
    const cause = data.causes.find((c) => data.steps.some((step) => step.for && !step.for.includes(c.id)))!;
    const applying = data.steps.filter((step) => !step.for || step.for.includes(cause.id)).length;
    const page = await site.newPage();
    await open(page, `/en/articles/${slug}/`);
    await choice(page, cause.id).click();
    await page.waitForURL(`**#cause-${cause.id}`);
    await expect.poll(() => page.locator('[data-step-count] span').textContent()).toBe(`${applying} of the ${data.steps.length} steps apply to this situation`);
    await expect.poll(() => page.locator('[data-steps-filter] span').textContent()).toBe(`Showing the ${applying} steps for this situation (of ${data.steps.length}).`);
    await page.goBack();
    await expect.poll(() => page.locator('[data-step-count] span').textContent()).toBe(`${data.steps.length} steps`);
  });
});
