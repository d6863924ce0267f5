// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, kbBuild, markdownProcessor } from './src/integrations/index.ts';
import { BUILD, SITE } from './src/site.config.ts';

// The project's own steps (content gate, CSP, Pagefind index, host headers) live in src/integrations/.
const path = (/** @type {string} */ relative) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  outDir: BUILD.dist,
  cacheDir: BUILD.cacheDir,
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), kbBuild({ publicDir: path('./public') })],
  markdown: {
    // Shiki colours code with inline style attributes, which the strict CSP blocks. Articles are
    // prose for readers; a code block renders as plain preformatted text.
    syntaxHighlight: false,
    processor: markdownProcessor({ contentRoot: BUILD.contentRoot, projectRoot: path('.') }),
  },
  security: { csp: contentSecurityPolicy(path('./src')) },
  vite: {
    build: {
      rollupOptions: {
        // Constants imported from another module (src/lib/search/tuning.ts, contract.ts) are
        // written into the code that uses them, so one file can hold every knob without the
        // first-search JavaScript carrying the ones only the results chunk needs.
        optimization: { inlineConst: { mode: 'all', pass: 2 } },
        onwarn(warning, warn) {
          // Every MDX module triggers this for Astro's "use astro:head-inject" marker (an open
          // Astro issue); it is harmless. Any other warning still prints.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
