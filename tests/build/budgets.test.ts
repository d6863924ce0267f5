/**
 * Byte budgets on the real build: readers are on cheap phones and slow networks.
 * - An article page's HTML + CSS (BUDGETS.articleHtmlCss, scripts/lib/budgets.ts).
 * - JavaScript before the first search interaction, on every page (BUDGETS.initialJs).
 * - Every page's HTML ≤ MAX_BUILT_PAGE_BYTES and ≤ MAX_BUILT_PAGE_ELEMENTS elements (limits.ts):
 *   the content limits bound what a file holds, this bounds what the build made of it (a 3 KB
 *   table once became a 2 MB page, 10,000 aliases a 657 KB article page).
 * Timings are never asserted; bytes are deterministic, so they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BUILT_PAGE_BYTES, MAX_BUILT_PAGE_ELEMENTS } from '../../src/lib/content-check/limits.ts';
import { formatBytes, KB, measurePage } from '../../scripts/lib/page-weight.ts';
import { urlOfFile } from '../../src/integrations/html-files.ts';
import { BUDGETS } from '../../scripts/lib/budgets.ts';
import { htmlFiles, requireDist } from '../helpers/dist.ts';

// The budgets themselves are in scripts/lib/budgets.ts (shared with the bench).
const ARTICLE_HTML_CSS_BUDGET = BUDGETS.articleHtmlCss;
const INITIAL_JS_BUDGET = BUDGETS.initialJs;

const dist = requireDist();
const read = (sitePath: string) => {
  const file = join(dist, sitePath);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
};
const pages = htmlFiles().map(urlOfFile);
const articles = pages.filter((path) => /^\/(?:en\/)?articles\/[^/]+\/$/.test(path));

describe('byte budgets on dist/', () => {
  it('has article pages to measure', () => {
    expect(articles).toContain('/articles/withdrawal-failed/');
    // The English edition's articles have the same budget (issue 24).
    expect(articles).toContain('/en/articles/intl-card-payment-declined/');
  });

  it.each(articles)(`article %s: HTML + CSS ≤ ${ARTICLE_HTML_CSS_BUDGET / KB} KB gzip`, (path) => {
    const weight = measurePage(path, read);
    expect(weight.missing, '页面引用了不存在的文件').toEqual([]);
    const total = weight.html.gzip + weight.css.gzip;
    expect(total, `HTML ${formatBytes(weight.html.gzip)} + CSS ${formatBytes(weight.css.gzip)} = ${formatBytes(total)}`).toBeLessThanOrEqual(ARTICLE_HTML_CSS_BUDGET);
  });

  it.each(pages)(`%s: HTML ≤ ${MAX_BUILT_PAGE_BYTES / KB} KB and ≤ ${MAX_BUILT_PAGE_ELEMENTS} elements`, (path) => {
    const html = read(path.endsWith('/') ? `${path}index.html` : path);
    expect(html, path).toBeDefined();
    expect(html!.length, formatBytes(html!.length)).toBeLessThanOrEqual(MAX_BUILT_PAGE_BYTES);
    const elements = html!.toString('utf8').match(/<[a-zA-Z]/g)?.length ?? 0;
    expect(elements).toBeGreaterThan(10);
    expect(elements).toBeLessThanOrEqual(MAX_BUILT_PAGE_ELEMENTS);
  });

  it.each(pages)(`%s: JavaScript before the first search ≤ ${INITIAL_JS_BUDGET} bytes gzip`, (path) => {
    const weight = measurePage(path, read);
    expect(weight.js.gzip, `初始 JS：${weight.files.js.join(', ') || '（仅内联脚本）'} = ${formatBytes(weight.js.gzip)}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });
});
