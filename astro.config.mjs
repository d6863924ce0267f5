// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHostHeaders } from './scripts/lib/host-headers.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { MDX_FEATURES } from './src/lib/content-check/mdx-parse.ts';

/**
 * SHA-256 hashes of the `<script is:inline>` / `<style is:inline>` blocks in src/. Astro hashes the
 * scripts and styles it bundles, but emits is:inline ones verbatim and unhashed; hashing their
 * source here keeps them working under the CSP without 'unsafe-inline'. tests/build/csp.test.ts
 * checks every inline script and style in dist/ against the policy, so drift cannot go unnoticed.
 * @param {'script' | 'style'} tag
 */
function inlineHashes(tag) {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\bis:inline\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  /** @param {string} dir @returns {string[]} */
  const astroFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? astroFiles(join(dir, entry.name)) : entry.name.endsWith('.astro') ? [join(dir, entry.name)] : [],
    );
  const hashes = new Set();
  for (const file of astroFiles(new URL('./src', import.meta.url).pathname))
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) hashes.add(`sha256-${createHash('sha256').update(match[1]).digest('base64')}`);
  return /** @type {`sha256-${string}`[]} */ ([...hashes].sort());
}

const site = process.env.SITE_URL ?? 'https://wechat-wallet-kb.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // KB_DIST and KB_CACHE let tests and benchmarks build other content trees side by side.
  outDir: process.env.KB_DIST ?? './dist',
  cacheDir: process.env.KB_CACHE ?? './.cache/astro',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap(),
    // dist/_headers (Netlify, Cloudflare Pages) gets the same CSP as the pages' <meta>, plus frame-ancestors:
    // from the pages the project built, never from an .html copied over from public/.
    {
      name: 'kb-host-headers',
      hooks: { 'astro:build:done': ({ dir }) => writeHostHeaders(fileURLToPath(dir), fileURLToPath(new URL('./public', import.meta.url))) },
    },
  ],
  markdown: {
    // Shiki colours code with inline style attributes, which the strict CSP blocks. Articles are
    // prose for readers; a code block renders as plain preformatted text.
    syntaxHighlight: false,
    // The MDX pipeline (Sätteri, @astrojs/mdx's default) with the content gate: `astro build` alone
    // refuses what `npm run check:content` refuses — code, unknown tags, unofficial links, remote
    // images, oversized or over-nested files — before any of it is compiled. The content check
    // parses with the same features (src/lib/content-check/mdx-parse.ts).
    processor: satteri({
      features: MDX_FEATURES,
      // The gate also refuses, once per build, a widened allowlist and anything in public/ but images.
      mdastPlugins: [contentGate({ contentRoot: process.env.KB_CONTENT_ROOT ?? '.', projectRoot: fileURLToPath(new URL('.', import.meta.url)) })],
    }),
  },
  security: {
    // A strict Content-Security-Policy in a <meta> tag on every page: only this site's own files,
    // plus hashes Astro computes for the inline scripts and styles it emits. No 'unsafe-inline',
    // no 'unsafe-eval'. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index.
    // frame-ancestors cannot be set in a <meta> tag: dist/_headers sends it (see public/_headers).
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes('script') },
      styleDirective: { resources: ["'self'"], hashes: inlineHashes('style') },
    },
  },
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
