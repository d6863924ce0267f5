/** `related`: existing articles, not the page itself, and no draft from a published page. */
import { describeUnknown } from '../suggest.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const relatedArticles: Rule = {
  id: 'related-articles',
  check({ pages, articleBySlug, isDraft }) {
    const findings: Finding[] = [];
    for (const page of pages) {
      const { file, parsed, data } = page;
      if (!data) continue;
      (data.related ?? []).forEach((id, i) => {
        const field = `related.${i}`;
        const line = parsed.lineOf(['related', i]);
        const target = articleBySlug.get(id);
        if (page.kind === 'article' && id === page.slug) findings.push({ file, line, field, message: '文章不能关联它自己：删掉这一项' });
        else if (!target) findings.push({ file, line, field, message: describeUnknown('文章', id, new Set(articleBySlug.keys())) });
        else if (!data.draft && isDraft(target)) findings.push({ file, line, field, message: `关联的文章「${id}」还是草稿（draft: true）：已发布的页面不能链接到草稿` });
      });
    }
    return findings;
  },
};
