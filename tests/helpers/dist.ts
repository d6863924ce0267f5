import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

/** Fails loudly (never skips) when the site has not been built: `npm test` builds first. */
export function requireDist(): string {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ 不存在或不完整：先运行 npm run build（npm test 会自动构建）');
  return DIST;
}

/** Every HTML file in dist/, as paths relative to dist/ with forward slashes. */
export function htmlFiles(dir = requireDist()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function readDist(path: string): string {
  return readFileSync(join(requireDist(), path), 'utf8');
}
