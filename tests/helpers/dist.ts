import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles as htmlFilesIn } from '../../src/integrations/html-files.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** Fails loudly (never skips) when the site has not been built: `npm test` builds first. */
export function requireDist(): string {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ 不存在或不完整：先运行 npm run build（npm test 会自动构建）');
  return DIST;
}

/** Every file of a build (pages, assets, Pagefind's index), as paths relative to it with forward slashes. */
export function filesIn(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every HTML file in dist/, as paths relative to dist/ with forward slashes. */
export function htmlFiles(dir = requireDist()): string[] {
  return htmlFilesIn(dir);
}

export function readDist(path: string): string {
  return readFileSync(join(requireDist(), path), 'utf8');
}
