/** Links in the body to other pages of the site (inline, reference-style, <…>) resolve, and not to drafts from a published page. */
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

import { categoryText, symptomText } from '../../editions.ts';
import type { Lang } from '../../../schemas/content.ts';

export const siteLinks: Rule = {
  id: 'site-links',
  check({ pages, files, articlesBySlug, faqsBySlug, symptoms, categories, isDraft }) {
    const findings: Finding[] = [];
    for (const { file, data, analysis } of pages) {
      if (!data) continue;
      for (const link of analysis?.siteLinks ?? []) {
        // The English edition's pages are the same paths under /en/ (docs/i18n.md).
        const match = /^(\/en)?\/(articles|faq|symptoms|categories)\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link.url);
        if (!match) continue;
        const [, enPrefix, collection, slug] = match;
        const target: Lang = enPrefix ? 'en' : 'zh';
        const symptom = symptoms.find((s) => s.id === slug);
        const category = categories.find((c) => c.id === slug);
        // A data file that failed its schema already has its own report: its ids are unknown, not missing.
        if ((collection === 'symptoms' && !files.symptoms.data) || (collection === 'categories' && !files.categories.data)) continue;
        const exists =
          collection === 'articles'
            ? articlesBySlug[target].get(slug)
            : collection === 'faq'
              ? faqsBySlug[target].get(slug)
              : collection === 'symptoms'
                ? symptom !== undefined && symptomText(symptom, target) !== undefined
                : category !== undefined && categoryText(category, target) !== undefined;
        if (!exists) findings.push({ file, line: link.line, field: '正文', message: `链接 ${link.url} 指向不存在的页面` });
        else if (!data.draft && typeof exists === 'object' && isDraft(exists)) findings.push({ file, line: link.line, field: '正文', message: `链接 ${link.url} 指向草稿：已发布的页面不能链接到草稿` });
      }
    }
    return findings;
  },
};
