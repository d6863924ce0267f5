/**
 * The one way the tests list content: the .mdx files of a collection (content/articles,
 * content/faq) with their parsed frontmatter, sorted by slug; `publishedContent` leaves drafts out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdxFile } from '../../src/lib/content-check/frontmatter.ts';

export interface ContentFile<T> {
  slug: string;
  data: T;
  body: string;
}

/** Every file of a collection, drafts included. `content` is a content/ directory. */
export function contentFiles<T extends { draft?: boolean }>(content: string, collection: string): ContentFile<T>[] {
  const dir = join(content, collection);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const parsed = parseMdxFile(readFileSync(join(dir, file), 'utf8'));
      return { slug: file.replace(/\.mdx$/, ''), data: parsed.data as T, body: parsed.body };
    });
}

/** The files of a collection that are published (not drafts). */
export function publishedContent<T extends { draft?: boolean }>(content: string, collection: string): ContentFile<T>[] {
  return contentFiles<T>(content, collection).filter(({ data }) => data.draft !== true);
}
