/**
 * Privacy and CSP in a real browser: every request a page makes goes to the site's own origin,
 * nothing sets a cookie, and nothing violates the Content-Security-Policy — on every page type
 * and during a search (which loads Pagefind's JS, WebAssembly and index chunks).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { PAGE_TYPES, RESULT_LINKS } from './support/pages.ts';

const site = useSite();

interface Watch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  violations(): Promise<string[]>;
}

/** Records requests, console errors, uncaught errors and CSP violations from the first byte on. */
async function watch(page: Page): Promise<Watch> {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the 404 page's own document as a failed resource: expected, not an error.
    if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
    consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    requests,
    consoleErrors,
    pageErrors,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
  };
}

/** Requests that left the site. data: and blob: URLs are in-page resources, not network traffic. */
function foreign(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

async function expectClean(page: Page, seen: Watch) {
  expect(foreign(seen.requests, site.origin), '发往其他网站的请求').toEqual([]);
  expect(await seen.violations(), 'CSP 违规').toEqual([]);
  expect(seen.consoleErrors, '控制台错误（包括 CSP 报告）').toEqual([]);
  expect(seen.pageErrors, '未捕获的脚本错误').toEqual([]);
  expect(await page.context().cookies(), 'cookie').toEqual([]);
}

describe('each page type stays on its own origin, sets no cookie and breaks no CSP rule', () => {
  it.concurrent.each(PAGE_TYPES)('$name ($path)', async ({ name, path, status }) => {
    const page = await site.newPage();
    const seen = await watch(page);
    const response = await page.goto(site.url(path), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(status);
    if (name === 'search') await page.locator(RESULT_LINKS).first().waitFor({ timeout: 15_000 });
    expect(seen.requests.length).toBeGreaterThan(0);
    await expectClean(page, seen);
  });
});

describe('the site declares a Content-Security-Policy', () => {
  it.concurrent.each(PAGE_TYPES)('$name ($path) has a CSP meta tag without unsafe-inline scripts', async ({ path }) => {
    const page = await site.newPage();
    await page.goto(site.url(path));
    const policies = await page.locator('meta[http-equiv="Content-Security-Policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
    expect(policies.length, 'CSP <meta http-equiv="Content-Security-Policy">').toBeGreaterThan(0);
    const scriptSrc = policies[0].split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? policies[0].split(';').map((d) => d.trim()).find((d) => d.startsWith('default-src'));
    expect(scriptSrc, 'CSP 应限制脚本来源（script-src 或 default-src）').toBeTruthy();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toMatch(/(^|\s)\*(\s|$)|https?:(\s|$)/);
  });
});

describe('a search', () => {
  it('typing queries loads Pagefind from the same origin only, with no CSP violation or cookie', async () => {
    const page = await site.newPage();
    const seen = await watch(page);
    await page.goto(site.url('/search/'), { waitUntil: 'networkidle' });
    await page.locator('#search-input').fill('提现失败');
    await page.locator(RESULT_LINKS).first().waitFor({ timeout: 15_000 });
    await page.locator('#search-input').fill('分付');
    await page.waitForLoadState('networkidle');
    expect(seen.requests.some((url) => new URL(url).pathname.startsWith('/pagefind/')), '搜索应加载 /pagefind/').toBe(true);
    await expectClean(page, seen);
  });
});
