/**
 * axe-core run in the page itself: its source is evaluated once per loaded page, then `axe.run`
 * checks the document. @axe-core/playwright's AxeBuilder injected the source again for every
 * report and opened a blank page to assemble it (for cross-origin frames, which this site cannot
 * have: `frame-src 'none'`); that cost about 0.4 s per report, whatever the rules.
 */
import axe, { type Result, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

type WithAxe = Window & { axe: typeof axe };

/** The violations of the given rules (or tags) on the page as it is now. */
export async function axeViolations(page: Page, runOnly: NonNullable<RunOptions['runOnly']>): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate((options) => (window as unknown as WithAxe).axe.run(document, options).then((results) => results.violations), {
    runOnly,
    resultTypes: ['violations'],
  } satisfies RunOptions);
}
