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
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!ASSET_DIRS.has(name)) walk(path, `${rel}${name}/`);
      } else if (name.endsWith('.html')) out.push(`${rel}${name}`);
    }
  };
  walk(dist, '');
  return out.sort();
}

/** The URL path a built file is served at: index.html → /, articles/x/index.html → /articles/x/, 404.html → /404.html. */
export function urlOfFile(file: string): string {
  return `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}
