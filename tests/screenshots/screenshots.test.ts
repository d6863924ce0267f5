/**
 * `npm run screenshots` (after `npm run build`; not part of `npm test`): every page type of both
 * editions at phone and desktop size (and the phone in dark mode), written to
 * test-results/screenshots/ (gitignored) for people to look at. Each page must answer with its
 * expected status and a real image must be written.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { DESKTOP, PHONE, useSite } from '../helpers/browser.ts';
import { EN_PAGE_TYPES, PAGE_TYPES, RESULT_LINKS } from '../e2e/support/pages.ts';

export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const site = useSite();

const SIZES = [
  { label: 'phone', viewport: PHONE, colorScheme: 'light' as const },
  { label: 'desktop', viewport: DESKTOP, colorScheme: 'light' as const },
  { label: 'phone-dark', viewport: PHONE, colorScheme: 'dark' as const },
];

describe('screenshots', () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const cases = [...PAGE_TYPES, ...EN_PAGE_TYPES].flatMap((type) => SIZES.map((size) => ({ ...type, ...size })));
  it.each(cases)('$name at $label', async ({ name, path, status, label, viewport, colorScheme }) => {
    const page = await site.newPage({ viewport, colorScheme });
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    if (name === 'search' || name === 'en-search') await page.locator(RESULT_LINKS).first().waitFor({ timeout: 15_000 });
    const file = join(SCREENSHOTS, `${name}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(1000);
  });
});
