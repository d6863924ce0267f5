/**
 * Browser-test harness: one Chromium and one static server over dist/ per test file.
 * Every test gets a fresh context (no shared storage, cookies or cache between tests).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { requireDist } from './dist.ts';

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export interface Site {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly browser: Browser;
  /** A fresh, isolated context; closed automatically after the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context (phone-sized unless a viewport is given). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  url(path: string): string;
}

/**
 * Call at the top of a test file. Starts the server and browser in beforeAll and closes them
 * in afterAll. Fails (never skips) when dist/ or Chromium is missing.
 */
export function useSite(): Site {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startStaticServer(requireDist());
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  const site: Site = {
    get origin() {
      if (!server) throw new Error('useSite(): the server has not started (call it at the top of the test file)');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('useSite(): the browser has not started');
      return browser;
    },
    async newContext(options = {}) {
      const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN', ...options });
      // A static page answers in milliseconds: a missing element should fail fast, not after 30 s.
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context;
    },
    async newPage(options = {}) {
      return (await site.newContext(options)).newPage();
    },
    url(path: string) {
      return site.origin + path;
    },
  };
  return site;
}
