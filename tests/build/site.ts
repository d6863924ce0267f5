/**
 * What the build tests read: the files of one build and the published content it was built
 * from. `defaultSite()` is the repository's own build (dist/ and content/, or KB_DIST and
 * KB_CONTENT_ROOT when set); tests/build/fixture-site.test.ts builds a fixture tree and runs the
 * same suites over it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { parseMdxFile } from '../../src/lib/content-check/frontmatter.ts';
import { requireDist, ROOT } from '../helpers/dist.ts';
import { BUILD } from '../../src/site.config.ts';
import { menuPathsFileSchema, type Article, type Faq, type Lang, type MenuPaths } from '../../src/schemas/content.ts';
import { editionData, type CategoryData, type SymptomData } from '../../src/lib/editions.ts';

export interface ContentFile<T> {
  slug: string;
  data: T;
  body: string;
}

export interface BuiltSite {
  /** A name for test titles. */
  name: string;
  dist: string;
  /** The content/ directory the build was made from. */
  content: string;
  /** Every file in the build, relative to it, with forward slashes. */
  files(): Set<string>;
  /** The site's HTML pages (Pagefind's own files excluded) and their text. */
  pages(): Map<string, string>;
  read: (file: string) => string;
  /** Published articles of an edition (Chinese by default: content/articles; English: content/en/articles). */
  articles(lang?: Lang): ContentFile<Article>[];
  faqs(lang?: Lang): ContentFile<Faq>[];
  menuPaths(): MenuPaths;
  /** The symptoms and categories an edition shows (src/lib/editions.ts). */
  symptomIds(lang?: Lang): string[];
  categoryIds(lang?: Lang): string[];
}

/** YAML gives unquoted dates as Date and quoted ones as strings; the pages see Dates. */
export const asDate = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`));

export function builtSite(name: string, dist: string, contentRoot: string): BuiltSite {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} 里没有构建结果：先运行 npm run build`);
  const content = join(contentRoot, 'content');
  const files = () =>
    new Set(
      readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .filter((path) => !statSync(join(dist, path)).isDirectory())
        .map((path) => path.split(sep).join('/')),
    );
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const published = <T extends { draft?: boolean }>(dir: string): ContentFile<T>[] => {
    const full = join(content, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full)
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .map((file) => {
        const parsed = parseMdxFile(readFileSync(join(full, file), 'utf8'));
        return { slug: file.replace(/\.mdx$/, ''), data: parsed.data as T, body: parsed.body };
      })
      .filter(({ data }) => data.draft !== true);
  };
  const yaml = <T>(file: string) => parse(readFileSync(join(content, file), 'utf8')) as T;
  const edition = (lang: Lang) =>
    editionData(
      {
        symptoms: yaml<SymptomData[]>('symptoms.yaml'),
        categories: yaml<CategoryData[]>('categories.yaml'),
        pages: [...published<Article>(lang === 'en' ? 'en/articles' : 'articles'), ...published<Faq>(lang === 'en' ? 'en/faq' : 'faq')].map((p) => p.data),
      },
      lang,
    );
  return {
    name,
    dist,
    content,
    files,
    pages: () =>
      new Map(
        [...files()]
          .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
          .sort()
          .map((file) => [file, read(file)]),
      ),
    read,
    articles: (lang: Lang = 'zh') => published<Article>(lang === 'en' ? 'en/articles' : 'articles'),
    faqs: (lang: Lang = 'zh') => published<Faq>(lang === 'en' ? 'en/faq' : 'faq'),
    // Through the schema, as the build reads it: basis dates become Dates.
    menuPaths: (): MenuPaths => menuPathsFileSchema.parse(yaml<unknown>('menu-paths.yaml')),
    symptomIds: (lang: Lang = 'zh') => edition(lang).symptoms.map((s) => s.id),
    categoryIds: (lang: Lang = 'zh') => edition(lang).categories.map((c) => c.id),
  };
}

/** The build `npm test` made (or the one KB_DIST / KB_CONTENT_ROOT name). */
export function defaultSite(): BuiltSite {
  const dist = BUILD.dist !== 'dist' ? resolve(ROOT, BUILD.dist) : requireDist();
  return builtSite('dist/', dist, resolve(ROOT, BUILD.contentRoot));
}
