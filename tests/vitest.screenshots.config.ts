import { defineConfig } from 'vitest/config';

// `npm run screenshots`: pictures of every page type for people to look at, written to
// test-results/screenshots/. Not part of `npm test`: they assert nothing the browser tests do not
// (each page's status is checked by the accessibility and first-screen tests), and encoding 30
// full-page PNGs cost the suite about 9 s.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/screenshots/**/*.test.ts'],
    globalSetup: ['tests/helpers/unpack-chromium.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
