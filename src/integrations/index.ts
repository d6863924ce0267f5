/**
 * The project's own build steps, as Astro integrations and settings, so `astro build` alone
 * produces the whole site (astro.config.mjs only wires them up):
 *  - content-gate.ts: the MDX pipeline refuses what the content check refuses (markdownProcessor);
 *  - csp.ts: the Content-Security-Policy, with hashes of the inline scripts and styles;
 *  - pagefind.ts: the search index, at `astro:build:done`;
 *  - host-headers.ts: dist/_headers with the pages' CSP plus frame-ancestors, after the index.
 */
import type { AstroIntegration } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { MDX_FEATURES } from '../lib/mdx/mdx-parse.ts';
import { contentGate } from './content-gate.ts';
import { writeHostHeaders } from './host-headers.ts';
import { indexSite } from './pagefind.ts';

export { contentSecurityPolicy } from './csp.ts';

/**
 * The MDX pipeline (Sätteri, @astrojs/mdx's default) with the content gate: `astro build` alone
 * refuses what `npm run check:content` refuses — code, unknown tags, unofficial links, remote
 * images, oversized or over-nested files — before any of it is compiled. The content check parses
 * with the same features (src/lib/mdx/mdx-parse.ts). The gate also refuses, once per
 * build, a widened allowlist and anything in public/ but images.
 */
export function markdownProcessor(options: { contentRoot: string; projectRoot: string }) {
  return satteri({ features: MDX_FEATURES, mdastPlugins: [contentGate(options)] });
}

/** After the pages are written: the Pagefind index, then dist/_headers (from the pages the project built, never from an .html copied over from public/). */
export function kbBuild(options: { publicDir: string }): AstroIntegration {
  return {
    name: 'kb-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { pages, outputPath } = await indexSite(site);
        logger.info(`Pagefind: index written to ${outputPath} (${pages} HTML files read)`);
        writeHostHeaders(site, options.publicDir);
      },
    },
  };
}
