/**
 * The strict Content-Security-Policy Astro writes into a <meta> tag on every page: only this site's
 * own files, plus hashes of the inline scripts and styles. No 'unsafe-inline', no 'unsafe-eval';
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index. frame-ancestors cannot be
 * set in a <meta> tag: dist/_headers sends it (host-headers.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroUserConfig } from 'astro';

type CspSetting = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * SHA-256 hashes of the `<script is:inline>` / `<style is:inline>` blocks in the .astro files under
 * `srcDir`. Astro hashes the scripts and styles it bundles, but emits is:inline ones verbatim and
 * unhashed; hashing their source here keeps them working under the CSP without 'unsafe-inline'.
 * tests/build/csp.test.ts checks every inline script and style in dist/ against the policy.
 */
export function inlineHashes(srcDir: string, tag: 'script' | 'style'): Array<`sha256-${string}`> {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\bis:inline\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  const astroFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.astro')).sort();
  const hashes = new Set<`sha256-${string}`>();
  for (const file of astroFiles)
    for (const match of readFileSync(join(srcDir, file), 'utf8').matchAll(pattern)) hashes.add(`sha256-${createHash('sha256').update(match[1]).digest('base64')}`);
  return [...hashes].sort();
}

/** Astro's `security.csp` setting for the site whose sources are in `srcDir`. */
export function contentSecurityPolicy(srcDir: string): CspSetting {
  return {
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
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes(srcDir, 'script') },
    styleDirective: { resources: ["'self'"], hashes: inlineHashes(srcDir, 'style') },
  };
}
