/**
 * 「你遇到的是哪种情况？」 on a 360 × 740 phone. With JavaScript, on every article: every choice
 * shows its cause and the first step that applies to it on screen, the others are one tap away,
 * and Back brings the chooser back. Without JavaScript, on the article with the most causes in
 * each edition: one choice per cause, worded as its signs; every choice lands on its cause and Back
 * returns to the chooser. That part is the browser's own in-page link behaviour, the same on every
 * page; the chooser's links, their wording and their targets are checked on every article by the
 * build tests (article-pages and english-edition; links: every #fragment exists).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, type ExpectStatic } from 'vitest';
import { PHONE, useSite } from '../helpers/browser.ts';
import { defaultSite } from '../build/site.ts';
import { articleUrl } from '../../src/lib/urls.ts';

const site = useSite();

// Published articles of both editions, read the way the build tests read them, with their URLs:
// the English articles (/en/articles/…) run the same troubleshooter with the English string table.
const built = defaultSite();
const zhArticles = built.articles().map((a) => ({ ...a, path: articleUrl(a.slug) }));
const enArticles = built.articles('en').map((a) => ({ ...a, path: articleUrl(a.slug, 'en') }));
const articles = [...zhArticles, ...enArticles];
/** The article with the most causes: the longest chooser, so the most scrolling between choice and cause. */
const mostCauses = <T extends { data: { causes: unknown[] } }>(list: T[]) => list.reduce((best, a) => (a.data.causes.length > best.data.causes.length ? a : best));
const withoutJavaScript = [mostCauses(zhArticles), mostCauses(enArticles)];

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

/** What the reader sees, read in one round trip (a dozen locator calls per choice were most of this file's time). */
interface Seen {
  hash: string;
  /** The troubleshooter's data-chosen attribute: '' while a cause is chosen, null when none is. */
  chosen: string | null;
  focused: string | undefined;
  /** Index of the focused step, -1 when focus is not on a step. */
  focusedStep: number;
  /** Whether each cause and each step is visible, as Playwright's isVisible() decides: a non-empty box, not visibility:hidden. */
  causes: boolean[];
  steps: boolean[];
  /** For each element asked about: whether it is visible and wholly inside the viewport. */
  onScreen: Record<string, boolean>;
}

function seen(page: Page, ask: { cause?: string; stepLabel?: number; choice?: string }): Promise<Seen> {
  return page.evaluate(
    ({ ask, height }) => {
      const visible = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      const whollyOnScreen = (element: Element | null | undefined) => {
        if (!element || !visible(element)) return false;
        const box = element.getBoundingClientRect();
        return box.y >= -0.5 && box.y + box.height <= height + 0.5;
      };
      const steps = [...document.querySelectorAll('ol.steps > li')];
      const onScreen: Record<string, boolean> = {};
      if (ask.cause !== undefined) onScreen.cause = whollyOnScreen(document.getElementById(`cause-${ask.cause}`));
      if (ask.stepLabel !== undefined) onScreen.stepLabel = whollyOnScreen(steps[ask.stepLabel]?.querySelector('label'));
      if (ask.choice !== undefined) onScreen.choice = whollyOnScreen(document.querySelector(`[data-troubleshooter] a[href="#cause-${ask.choice}"]`));
      return {
        hash: location.hash,
        chosen: document.querySelector('[data-troubleshoot]')?.getAttribute('data-chosen') ?? null,
        focused: document.activeElement?.id,
        focusedStep: steps.findIndex((li) => li === document.activeElement),
        causes: [...document.querySelectorAll('ul.causes > li')].map(visible),
        steps: steps.map(visible),
        onScreen,
      };
    },
    { ask, height: PHONE.height },
  );
}

describe.concurrent.each(withoutJavaScript)('$path troubleshooter', ({ path, data }) => {
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

});

describe.concurrent.each(articles)('$path troubleshooter', ({ path, data }) => {
  it('with JavaScript every choice shows its cause and the first step that applies, focused and on screen; Back restores the chooser', async ({ expect, onTestFinished }) => {
    const page = await site.newPage();
    onTestFinished(() => page.context().close());
    await open(page, path, expect);
    const all = { causes: data.causes.map(() => true), steps: data.steps.map(() => true) };
    for (const cause of data.causes) {
      const applying = data.steps.flatMap((step, i) => (!step.for || step.for.includes(cause.id) ? [i] : []));
      expect(applying.length, `至少有一个步骤适用于 ${cause.id}`).toBeGreaterThan(0);
      // click() scrolls the link into view itself.
      await choice(page, cause.id).click();
      // The URL changes (and Chromium may already focus the cause natively) before the page's
      // hashchange handler has hidden the other causes and steps and scrolled: wait until all of
      // it holds at once (never a fixed sleep; on a loaded machine it comes late).
      await expect
        .poll(() => seen(page, { cause: cause.id, stepLabel: applying[0] }), { message: `选择 ${cause.id} 后：所选原因完整显示并获得焦点，第 ${applying[0] + 1} 步（第一个适用的）在屏幕上，其他原因和不适用的步骤隐藏` })
        .toEqual({
          hash: `#cause-${cause.id}`,
          chosen: '',
          focused: `cause-${cause.id}`,
          focusedStep: -1,
          causes: data.causes.map((other) => other.id === cause.id),
          steps: data.steps.map((_, i) => applying.includes(i)),
          onScreen: { cause: true, stepLabel: true },
        });

      const showAll = page.locator('[data-show-all-steps]');
      if (applying.length < data.steps.length) {
        await showAll.click();
        // The button is gone: focus moves to the first step it revealed, not to the page body.
        const revealed = data.steps.findIndex((_, i) => !applying.includes(i));
        await expect.poll(() => seen(page, {}), { message: `查看全部步骤后：全部显示，焦点在第 ${revealed + 1} 步` }).toMatchObject({ steps: all.steps, focusedStep: revealed });
      } else {
        expect(await showAll.isVisible()).toBe(false);
      }

      await page.goBack();
      // As above: the handler that shows the chooser again runs after the URL has changed.
      await expect
        .poll(() => seen(page, { choice: cause.id }), { message: `后退后：选择题回来，选项 ${cause.id} 在屏幕上，全部原因和步骤都显示` })
        .toMatchObject({ hash: '', chosen: null, ...all, onScreen: { choice: true } });
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
  const english = enArticles.find(({ data }) => data.causes.some((cause) => data.steps.some((step) => step.for && !step.for.includes(cause.id))));
  it('says how many steps apply in English, from the English string table', async () => {
    expect(english, 'an English article with a step for some causes only').toBeDefined();
    const { path, data } = english!;
    const cause = data.causes.find((c) => data.steps.some((step) => step.for && !step.for.includes(c.id)))!;
    const applying = data.steps.filter((step) => !step.for || step.for.includes(cause.id)).length;
    const page = await site.newPage();
    await open(page, path);
    await choice(page, cause.id).click();
    await page.waitForURL(`**#cause-${cause.id}`);
    await expect.poll(() => page.locator('[data-step-count] span').textContent()).toBe(`${applying} of the ${data.steps.length} steps apply to this situation`);
    await expect.poll(() => page.locator('[data-steps-filter] span').textContent()).toBe(`Showing the ${applying} steps for this situation (of ${data.steps.length}).`);
    await page.goBack();
    await expect.poll(() => page.locator('[data-step-count] span').textContent()).toBe(`${data.steps.length} steps`);
  });
});
