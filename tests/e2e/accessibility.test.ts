/**
 * axe-core on every page type, in light and dark mode: zero violations of WCAG 2.0/2.1 A and AA
 * and of axe's best practices. The colour rules run in both schemes because dark mode has its own
 * palette; dark mode changes nothing else (tests/build/dark-mode.test.ts).
 */
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { axeViolations } from './support/axe.ts';
import { EN_PAGE_TYPES, PAGE_TYPES, RESULT_LINKS } from './support/pages.ts';

const site = useSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line per violation and node: rule, impact, selector and axe's explanation. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`),
  );
}

const SCHEMES = ['light', 'dark'] as const;
/**
 * The axe rules whose outcome depends on colours: text contrast, and links told apart from the
 * text around them. Dark mode only gives the colour variables other colours (guarded by
 * tests/build/dark-mode.test.ts), so every other rule gives the same answer in both schemes.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe in light mode with every rule, then in dark mode with the colour rules, on the one loaded
 * page: the site's colours follow prefers-color-scheme in CSS only (no script reads it, no
 * transitions), so switching with emulateMedia gives the same rendering as loading the page in
 * that scheme, without a second load.
 */
async function violationsInBothSchemes(page: Page): Promise<Record<(typeof SCHEMES)[number], string>> {
  const found = { light: '', dark: '' };
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    // Guard: the switch really took effect, so the dark run cannot silently check the light palette.
    if (!(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme))) throw new Error(`emulateMedia did not switch to ${colorScheme}`);
    const runOnly = colorScheme === 'dark' ? { type: 'rule' as const, values: COLOUR_RULES } : { type: 'tag' as const, values: TAGS };
    found[colorScheme] = describeViolations(await axeViolations(page, runOnly)).join('\n');
  }
  return found;
}

// Each page in its own context: the pages are checked a few at a time (axe runs in the browser, the test waits).
describe.concurrent('axe in light and dark mode', () => {
  it.for([...PAGE_TYPES, ...EN_PAGE_TYPES])('$name ($path) has no violations', async ({ name, path, status }, { expect, onTestFinished }) => {
    const page = await site.newPage({ colorScheme: 'light' });
    onTestFinished(() => page.context().close());
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    if (name === 'search' || name === 'en-search') await page.locator(RESULT_LINKS).first().waitFor({ timeout: 15_000 });
    expect(await violationsInBothSchemes(page)).toEqual({ light: '', dark: '' });
  });
});

describe.concurrent('axe on the emergency article in light and dark mode', () => {
  it('/articles/emergency/ has no violations (its header link is the current page)', async ({ expect }) => {
    const page = await site.newPage({ colorScheme: 'light' });
    const response = await page.goto(site.url('/articles/emergency/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await violationsInBothSchemes(page)).toEqual({ light: '', dark: '' });
  });
});

describe.concurrent('axe on interactive states', () => {
  it('search with an emergency instant answer (first actions block), light and dark', async ({ expect }) => {
    const page = await site.newPage({ colorScheme: 'light' });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('被骗了怎么追回')}`));
    await page.locator('#search-results .instant-urgent').waitFor();
    await page.locator('#search-results li.result').first().waitFor({ timeout: 15_000 });
    expect(await violationsInBothSchemes(page)).toEqual({ light: '', dark: '' });
  });

  it('FAQ index with a question expanded', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/faq/'));
    await page.locator('main details summary').first().click();
    expect(describeViolations(await axeViolations(page, { type: 'tag', values: TAGS })).join('\n')).toBe('');
  });

  it('article with a step ticked', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/articles/withdrawal-failed/'));
    await page.locator('ol.steps input[type="checkbox"]').first().check();
    expect(describeViolations(await axeViolations(page, { type: 'tag', values: TAGS })).join('\n')).toBe('');
  });

  it('article with a situation chosen in the troubleshooter and all steps shown (light and dark)', async ({ expect }) => {
    const page = await site.newPage({ colorScheme: 'light' });
    await page.goto(site.url('/articles/withdrawal-failed/'));
    await page.locator('[data-troubleshooter] a[data-choice]').nth(1).click();
    await page.waitForURL('**#cause-*');
    expect(await violationsInBothSchemes(page)).toEqual({ light: '', dark: '' });
    await page.locator('[data-show-all-steps]').click();
    expect(await violationsInBothSchemes(page)).toEqual({ light: '', dark: '' });
  });
});
