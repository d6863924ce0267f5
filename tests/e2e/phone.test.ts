/**
 * A cheap phone: 360 × 740 CSS px. Nothing may scroll sideways, and everything a thumb has to hit
 * in the header and main content is big enough.
 */
import { describe, expect, it } from 'vitest';
import { urlOfFile } from '../../src/integrations/html-files.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { PHONE, useSite } from '../helpers/browser.ts';
import { PAGE_TYPES } from './support/pages.ts';

const site = useSite();

/** Every built article page, so a long menu path or table in any article is caught too. */
const articlePaths = htmlFiles()
  .filter((path) => /^articles\/[^/]+\/index\.html$/.test(path))
  .map(urlOfFile);

describe(`no horizontal scrolling at ${PHONE.width} px`, () => {
  const targets = [...PAGE_TYPES.map((type) => ({ name: type.name, path: type.path, status: type.status })), ...articlePaths.map((path) => ({ name: path, path, status: 200 }))];
  it.concurrent.each(targets)('$name ($path)', async ({ path, status }) => {
    const page = await site.newPage({ viewport: PHONE });
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    const { scrollWidth, culprits } = await page.evaluate((limit) => {
      const culprits = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > limit + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ').join('.') : ''}`);
      return { scrollWidth: document.scrollingElement!.scrollWidth, culprits };
    }, PHONE.width);
    expect(scrollWidth, `页面比屏幕宽，超出的元素：${culprits.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
  });
});

/**
 * Tap targets, a WCAG 2.5.5-style rule: 2.5.5 (Target Size, enhanced) asks for 44 × 44 CSS px and
 * 2.5.8 (minimum, AA) for 24 × 24. A thumb needs room along one axis and enough along the other,
 * so a target passes when it is at least 44 px tall OR wide, and at least 24 px in the other
 * direction (a full-width link 20 px tall is still hard to hit). Measured on every visible link,
 * button, summary and form control in <header> and <main>, with WCAG's exceptions made concrete:
 * - Inline: a link that sits in running text (its block also holds text outside any control) is
 *   constrained by the line height of that text and is exempt, like a link inside a paragraph.
 * - A checkbox or radio counts together with its <label>: tapping the label ticks it, so the
 *   target is the union of both boxes.
 * - Something not rendered (closed <details>, display:none) or moved off-screen until focused
 *   (the skip link) is not a target a thumb can hit, so it is not measured.
 */
const MIN_TARGET = 44;
const MIN_OTHER_SIDE = 24;

describe(`tap targets are ${MIN_TARGET} px tall or wide (and ${MIN_OTHER_SIDE} px the other way) on a phone`, () => {
  it.concurrent.each(PAGE_TYPES)('$name ($path)', async ({ path, status }) => {
    const page = await site.newPage({ viewport: PHONE });
    const response = await page.goto(site.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    // The search page renders its results after load: measure those too.
    if (path.startsWith('/search/')) await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 });

    const tooSmall = await page.evaluate(([min, other]) => {
      const INTERACTIVE = 'a[href], button, summary, select, textarea, input:not([type="hidden"])';
      const isBlock = (element: Element) => !['inline', 'contents'].includes(getComputedStyle(element).display);

      /** True when the element's containing block also holds text outside any control: it is in a sentence. */
      const inRunningText = (element: Element): boolean => {
        if (isBlock(element) && getComputedStyle(element).display !== 'inline-block') return false;
        let block: Element | null = element.parentElement;
        while (block && !isBlock(block)) block = block.parentElement;
        if (!block) return false;
        let text = '';
        const walk = (node: Node) => {
          for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
            else if (child instanceof Element && !child.matches(INTERACTIVE) && !isBlock(child)) walk(child);
          }
        };
        walk(block);
        return text.replace(/\s+/g, '').length > 0;
      };

      const boxOf = (element: Element): DOMRect => {
        let rect = element.getBoundingClientRect();
        if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type)) {
          for (const label of element.labels ?? []) {
            const l = label.getBoundingClientRect();
            const left = Math.min(rect.left, l.left), top = Math.min(rect.top, l.top);
            rect = new DOMRect(left, top, Math.max(rect.right, l.right) - left, Math.max(rect.bottom, l.bottom) - top);
          }
        }
        return rect;
      };

      const problems: string[] = [];
      for (const element of document.querySelectorAll(`header :is(${INTERACTIVE}), main :is(${INTERACTIVE})`)) {
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
        // Parked off-screen or clipped to 1 px until focused (the skip link's usual patterns).
        if (rect.right <= 0 || rect.bottom <= -window.scrollY || (rect.width <= 1 && rect.height <= 1)) continue;
        if (element.matches('a[href]') && inRunningText(element)) continue;
        const box = boxOf(element);
        // Sub-pixel rounding: 43.5 renders as 44 device pixels on most phones.
        const long = Math.max(box.width, box.height);
        const short = Math.min(box.width, box.height);
        if (long < min - 0.5 || short < other - 0.5) {
          const name = (element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 20);
          problems.push(`<${element.tagName.toLowerCase()}> 「${name}」 ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
      }
      return problems;
    }, [MIN_TARGET, MIN_OTHER_SIDE] as const);
    expect(tooSmall, `太小、难以点中的目标（一边至少 ${MIN_TARGET} px，另一边至少 ${MIN_OTHER_SIDE} px）`).toEqual([]);
  });
});
