/**
 * Global setup of the build project: builds each fixture site once per run (before any test file
 * is collected, so the suites can name their tests after the built pages) and hands
 * the dist folders to the test files through `inject('sites')`. The repository's own build is the
 * one `npm test` made with `npm run build` just before (tests/build/site.ts `defaultSite`).
 * Cached on disk by tests/helpers/build.ts: a rerun with the same inputs builds nothing.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cachedSiteBuild } from './build.ts';
import { ROOT } from './dist.ts';

export interface FixtureSites {
  /** tests/fixtures/site through the real pipeline (`npm run build`: the content check, then `astro build` with its index). */
  site: string;
  /** tests/fixtures/hostile through `astro build` alone: its typography would (rightly) fail the content check. */
  hostile: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: FixtureSites;
  }
}

export default async function buildSites(project: TestProject): Promise<void> {
  // One after the other: two Astro builds at once share the project's .astro/ folder (generated
  // content modules) and one fails with UnknownContentCollectionError.
  const site = await cachedSiteBuild('site', join(ROOT, 'tests', 'fixtures', 'site'), 'npm');
  const hostile = await cachedSiteBuild('hostile', join(ROOT, 'tests', 'fixtures', 'hostile'), 'astro');
  project.provide('sites', { site, hostile });
}
