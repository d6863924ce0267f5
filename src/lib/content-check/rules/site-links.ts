/** Links in the body to other pages of the site (inline, reference-style, <…>) resolve, and not to drafts from a published page. */
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const siteLinks: Rule = {
  id: 'site-links',
  check({ pages, files, articleBySlug, faqBySlug, symptomIds, categoryIds, isDraft }) {
    const findings: Finding[] = [];
    for (const { file, data, analysis } of pages) {
      if (!data) continue;
      for (const link of analysis?.siteLinks ?? []) {
        const match = /^\/(articles|faq|symptoms|categories)\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link.url);
        if (!match) continue;
        const [, collection, slug] = match;
        // A data file that failed its schema already has its own report: its ids are unknown, not missing.
        if ((collection === 'symptoms' && !files.symptoms.data) || (collection === 'categories' && !files.categories.data)) continue;
        const exists =
          collection === 'articles' ? articleBySlug.get(slug) : collection === 'faq' ? faqBySlug.get(slug) : collection === 'symptoms' ? symptomIds.has(slug) : categoryIds.has(slug);
        if (!exists) findings.push({ file, line: link.line, field: '正文', message: `链接 ${link.url} 指向不存在的页面` });
        else if (!data.draft && typeof exists === 'object' && isDraft(exists)) findings.push({ file, line: link.line, field: '正文', message: `链接 ${link.url} 指向草稿：已发布的页面不能链接到草稿` });
      }
    }
    return findings;
  },
};
