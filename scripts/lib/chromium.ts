/**
 * The one way this project starts a browser: Debian's /usr/bin/chromium through playwright-core
 * (never a downloaded browser). Shared by the browser tests and the benchmark.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KB_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, no sandbox (containers run as root), nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Throws (so a test run fails, never skips) when Chromium is not installed. */
export function requireChromium(path = CHROMIUM_PATH): string {
  if (!existsSync(path))
    throw new Error(
      `找不到 Chromium：${path} 不存在。浏览器测试需要 Debian 的 chromium 和 fonts-noto-cjk：` +
        'sudo apt-get install chromium fonts-noto-cjk（CI 的 .ci/run 会自动安装）。',
    );
  return path;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}
