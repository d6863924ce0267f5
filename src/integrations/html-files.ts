/**
 * The HTML pages of a built site, for the build's own tooling (the host headers, the bench, the
 * search eval, the build tests).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Folders of a build that hold assets, never pages: Pagefind's index and Astro's bundles. */
const ASSET_DIRS = new Set(['pagefind', '_astro']);

/** Every HTML file under `dist`, as a path relative to it with forward slashes, sorted. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.html') && !path.split('/').slice(0, -1).some((dir) => ASSET_DIRS.has(dir)) && statSync(join(dist, path)).isFile())
    .sort();
}

/** The URL path a built file is served at: index.html → /, articles/x/index.html → /articles/x/, 404.html → /404.html. */
export function urlOfFile(file: string): string {
  return `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}
