/**
 * Links to other pages of the site resolve, and not to drafts from a published page: in the body (inline, reference-style,
 * <…>) and in a cause's or step's `detail`, where a site-relative `[text](/articles/…/)` is rendered as a link too.
 */
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

import { categoryText, symptomText } from '../../editions.ts';
import type { Lang } from '../../../schemas/content.ts';
import { siteLinkRuns } from '../../inline-links.ts';

export const siteLinks: Rule = {
  id: 'site-links',
  check({ pages, files, articlesBySlug, faqsBySlug, symptoms, categories, isDraft }) {
    const findings: Finding[] = [];
    for (const { file, data, analysis, parsed } of pages) {
      if (!data) continue;
      // Links written in a cause's or step's detail (articles only: FAQs have neither).
      const detailLinks = (['causes', 'steps'] as const).flatMap((list) =>
        ('causes' in data ? data[list] : []).flatMap((item, index) =>
          siteLinkRuns(item.detail).flatMap((run) => (run.href ? [{ url: run.href, line: parsed.lineOf([list, index, 'detail']), field: `${list}.${index}.detail` }] : [])),
        ),
      );
      for (const link of [...(analysis?.siteLinks ?? []).map((l) => ({ ...l, field: '正文' })), ...detailLinks]) {
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
        if (!exists) findings.push({ file, line: link.line, field: link.field, message: `链接 ${link.url} 指向不存在的页面` });
        else if (!data.draft && typeof exists === 'object' && isDraft(exists)) findings.push({ file, line: link.line, field: link.field, message: `链接 ${link.url} 指向草稿：已发布的页面不能链接到草稿` });
      }
    }
    return findings;
  },
};
