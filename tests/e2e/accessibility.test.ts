/**
 * axe-core on every page type, in light and dark mode: zero violations of WCAG 2.0/2.1 A and AA
 * and of axe's best practices. Colour contrast is checked in both schemes because dark mode has
 * its own palette.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { EN_PAGE_TYPES, PAGE_TYPES, RESULT_LINKS } from './support/pages.ts';

const site = useSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line per violation and node: rule, impact, selector and axe's explanation. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`),
  );
}

// Each page in its own context: the pages are checked a few at a time (axe runs in the browser, the test waits).
describe.concurrent.each(['light', 'dark'] as const)('axe in %s mode', (colorScheme) => {
  it.for([...PAGE_TYPES, ...EN_PAGE_TYPES])('$name ($path) has no violations', async ({ name, path, status }, { expect }) => {
    const page = await site.newPage({ colorScheme });
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    if (name === 'search' || name === 'en-search') await page.locator(RESULT_LINKS).first().waitFor({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(describeViolations(results.violations).join('\n')).toBe('');
  });
});

describe.each(['light', 'dark'] as const)('axe on the emergency article in %s mode', (colorScheme) => {
  it('/articles/emergency/ has no violations (its header link is the current page)', async () => {
    const page = await site.newPage({ colorScheme });
    const response = await page.goto(site.url('/articles/emergency/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(describeViolations(results.violations).join('\n')).toBe('');
  });
});

describe('axe on interactive states', () => {
  it.each(['light', 'dark'] as const)('search with an emergency instant answer (first actions block), %s', async (colorScheme) => {
    const page = await site.newPage({ colorScheme });
    await page.goto(site.url(`/search/?q=${encodeURIComponent('被骗了怎么追回')}`));
    await page.locator('#search-results .instant-urgent').waitFor();
    await page.locator('#search-results li.result').first().waitFor({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(describeViolations(results.violations).join('\n')).toBe('');
  });

  it('FAQ index with a question expanded', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/faq/'));
    await page.locator('main details summary').first().click();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(describeViolations(results.violations).join('\n')).toBe('');
  });

  it('article with a step ticked', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/articles/withdrawal-failed/'));
    await page.locator('ol.steps input[type="checkbox"]').first().check();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(describeViolations(results.violations).join('\n')).toBe('');
  });

  it.each(['light', 'dark'] as const)('article with a situation chosen in the troubleshooter and all steps shown (%s)', async (colorScheme) => {
    const page = await site.newPage({ colorScheme });
    await page.goto(site.url('/articles/withdrawal-failed/'));
    await page.locator('[data-troubleshooter] a[data-choice]').nth(1).click();
    await page.waitForURL('**#cause-*');
    let results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(describeViolations(results.violations).join('\n')).toBe('');
    await page.locator('[data-show-all-steps]').click();
    results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(describeViolations(results.violations).join('\n')).toBe('');
  });
});
