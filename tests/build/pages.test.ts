import { describe, expect, it } from 'vitest';
import { contentFiles } from '../helpers/content.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { defaultSite } from './site.ts';

describe('the build never silently drops a page', () => {
  const built = htmlFiles();
  const site = defaultSite();
  for (const [collection, prefix, published] of [
    ['articles', 'articles', site.articles()],
    ['faq', 'faq', site.faqs()],
  ] as const) {
    it(`builds one /${prefix}/<slug>/ page for every non-draft file in content/${collection}`, () => {
      const pages = built
        .filter((path) => new RegExp(`^${prefix}/[^/]+/index\\.html$`).test(path))
        .map((path) => path.split('/')[1])
        .sort();
      expect(pages).toEqual(published.map((file) => file.slug).sort());
    });
  }

  it('does not publish drafts', () => {
    const drafts = ['articles', 'faq'].flatMap((dir) =>
      contentFiles(site.content, dir)
        .filter((file) => file.data.draft === true)
        .map((file) => `${dir}/${file.slug}/index.html`),
    );
    for (const draft of drafts) expect(built).not.toContain(draft);
  });
});
