import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdxFile } from '../../src/lib/content-check/frontmatter.ts';
import { htmlFiles, ROOT } from '../helpers/dist.ts';

/** Slugs of the non-draft files of a collection, read straight from content/. */
function publishedSlugs(dir: string): string[] {
  return readdirSync(join(ROOT, 'content', dir))
    .filter((name) => name.endsWith('.mdx'))
    .filter((name) => (parseMdxFile(readFileSync(join(ROOT, 'content', dir, name), 'utf8')).data as { draft?: boolean }).draft !== true)
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}

describe('the build never silently drops a page', () => {
  const built = htmlFiles();
  for (const [collection, prefix] of [['articles', 'articles'], ['faq', 'faq']] as const) {
    it(`builds one /${prefix}/<slug>/ page for every non-draft file in content/${collection}`, () => {
      const pages = built
        .filter((path) => new RegExp(`^${prefix}/[^/]+/index\\.html$`).test(path))
        .map((path) => path.split('/')[1])
        .sort();
      expect(pages).toEqual(publishedSlugs(collection));
    });
  }

  it('does not publish drafts', () => {
    const drafts = ['articles', 'faq'].flatMap((dir) =>
      readdirSync(join(ROOT, 'content', dir))
        .filter((name) => (parseMdxFile(readFileSync(join(ROOT, 'content', dir, name), 'utf8')).data as { draft?: boolean }).draft === true)
        .map((name) => `${dir}/${name.replace(/\.mdx$/, '')}/index.html`),
    );
    for (const draft of drafts) expect(built).not.toContain(draft);
  });
});
