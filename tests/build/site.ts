/**
 * What the build tests read: every file of the build and the published content, parsed once.
 * KB_DIST and KB_CONTENT_ROOT point the tests at another build (the same variables the build
 * itself uses), so a fixture tree can be checked exactly like the real one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { parseMdxFile } from '../../src/lib/content-check/frontmatter.ts';
import { requireDist, ROOT } from '../helpers/dist.ts';
import type { Article, Faq, MenuPaths } from '../../src/schemas/content.ts';

export const DIST_DIR = process.env.KB_DIST ? resolve(ROOT, process.env.KB_DIST) : requireDist();
export const CONTENT_DIR = join(resolve(ROOT, process.env.KB_CONTENT_ROOT ?? '.'), 'content');
if (!existsSync(join(DIST_DIR, 'index.html'))) throw new Error(`${DIST_DIR} 里没有构建结果：先运行 npm run build`);

/** Every file in the build, relative to it, with forward slashes. */
export function distFiles(): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.add(relative(DIST_DIR, path).split(sep).join('/'));
    }
  };
  walk(DIST_DIR);
  return out;
}

/** The site's HTML pages (Pagefind's own files excluded) and their text. */
export function distPages(): Map<string, string> {
  return new Map(
    [...distFiles()]
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
      .sort()
      .map((file) => [file, readFileSync(join(DIST_DIR, file), 'utf8')]),
  );
}

export const readBuilt = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');

function published<T extends { draft?: boolean }>(dir: string): { slug: string; data: T; body: string }[] {
  const full = join(CONTENT_DIR, dir);
  return readdirSync(full)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const parsed = parseMdxFile(readFileSync(join(full, name), 'utf8'));
      return { slug: name.replace(/\.mdx$/, ''), data: parsed.data as T, body: parsed.body };
    })
    .filter(({ data }) => data.draft !== true);
}

/** YAML gives unquoted dates as Date and quoted ones as strings; the pages see Dates. */
export const asDate = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`));

export const publishedArticles = () => published<Article>('articles');
export const publishedFaqs = () => published<Faq>('faq');
export const menuPaths = () => parse(readFileSync(join(CONTENT_DIR, 'menu-paths.yaml'), 'utf8')) as MenuPaths;
export const symptomIds = () => (parse(readFileSync(join(CONTENT_DIR, 'symptoms.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id);
export const categoryIds = () => (parse(readFileSync(join(CONTENT_DIR, 'categories.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id);
