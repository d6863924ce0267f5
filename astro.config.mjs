// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

const site = process.env.SITE_URL ?? 'https://wechat-wallet-kb.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // KB_DIST and KB_CACHE let tests and benchmarks build other content trees side by side.
  outDir: process.env.KB_DIST ?? './dist',
  cacheDir: process.env.KB_CACHE ?? './.cache/astro',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
      rollupOptions: {
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
