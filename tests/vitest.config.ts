import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three groups: unit (pure functions and the content check), build (reads dist/, which `npm test`
// builds first, and the fixture sites, which the build project's global setup builds once per run:
// tests/helpers/build-sites.ts), e2e (a real Chromium against dist/).
// The e2e files run in their own project, after the others: each file owns one Chromium, and
// browsers beside Astro-sized test workers overload a 2-core machine. Two e2e files run at a time:
// a browser test mostly waits for the page (one file alone kept the CPU 35% idle), so a second
// file fills the gaps (e2e wall 104 s → 88 s on 2 cores).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Vitest's default for `run` is one worker less than the cores: on a 2-core machine ONE worker,
    // so the unit and build files ran one at a time (unit + build: 73 s wall with 1 worker, 34 s with
    // 2, the same CPU). The main process mostly waits, so every core gets a worker.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/helpers/unpack-chromium.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // The files share one module graph per worker instead of re-importing zod, yaml, the
          // schemas and the content check for each of 50 files (halves the project's time). Safe
          // because no unit test mocks a module or changes process.env/cwd; the one that stubs a
          // global (pagefind-worker) restores it in afterAll. Keep it that way: use vi.stubEnv /
          // vi.stubGlobal with a restore, never vi.mock, in tests/unit and tests/content.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // As in unit: one module graph per worker (cheerio, the schemas, the suites) instead of
          // one per file (unit + build 42.5 s → 36.5 s). No build test mocks a module or changes
          // process.env or the working directory; keep it that way.
          isolate: false,
          // Runs only when a build test is selected (Vitest sets up a project only when it has files to run).
          globalSetup: ['tests/helpers/build-sites.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Each file still gets its own browser and server (tests/helpers/browser.ts, per file's
          // hooks); only the imported modules are shared. Same rule: no mocks, no env changes.
          isolate: false,
          testTimeout: 60_000,
          // expect.poll waits for the page's own work (a hashchange handler, a search); with two
          // browsers on two cores it can come later than Vitest's 1 s default.
          expect: { poll: { timeout: 5_000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
