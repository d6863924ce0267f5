import { defineConfig } from 'vitest/config';

// Three groups: unit (pure functions and the content check), build (reads dist/, so
// `npm test` builds first), e2e (a real Chromium against dist/).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The browser suite shares one Chromium; files run one after another to keep 2 cores calm.
    fileParallelism: true,
  },
});
