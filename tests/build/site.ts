/**
 * What the build tests read: the files of one build and the published content it was built
 * from. `defaultSite()` is the repository's own build (dist/ and content/, or KB_DIST and
 * KB_CONTENT_ROOT when set); tests/build/fixture-site.test.ts builds a fixture tree and runs the
 * same suites over it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { publishedContent, type ContentFile } from '../helpers/content.ts';
import { filesIn, htmlFiles, requireDist, ROOT } from '../helpers/dist.ts';
import { BUILD } from '../../src/site.config.ts';
import { menuPathsFileSchema, type Article, type Faq, type Lang, type MenuPaths } from '../../src/schemas/content.ts';
import { editionData, type CategoryData, type SymptomData } from '../../src/lib/editions.ts';

export type { ContentFile };

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
  const files = () => new Set(filesIn(dist));
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  // A site without an English edition (the fixture sites) has no content/en/ folders.
  // Parsed once per site and directory: the suites ask for the published list in every test (once per page), and parsing every MDX file each time was most of their run time.
  const publishedByDir = new Map<string, ContentFile<unknown>[]>();
  const published = <T extends { draft?: boolean }>(dir: string): ContentFile<T>[] => {
    if (!publishedByDir.has(dir)) publishedByDir.set(dir, existsSync(join(content, dir)) ? publishedContent<T>(content, dir) : []);
    return [...(publishedByDir.get(dir) as ContentFile<T>[])];
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
    pages: () => new Map(htmlFiles(dist).map((file) => [file, read(file)])),
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
