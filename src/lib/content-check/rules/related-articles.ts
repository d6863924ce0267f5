/** `related`: existing articles, not the page itself, and no draft from a published page. */
import { availableIds, describeUnknown } from '../suggest.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';
import type { Lang } from '../../../schemas/content.ts';
import { otherEdition } from '../../../i18n/paths.ts';

/** The slug names an article of the other edition: say so, and which articles this edition has. */
function onlyInOtherEdition(lang: Lang, id: string, own: Set<string>): string {
  const [other, here, folder] = lang === 'en' ? ['中文', '英文', 'content/en/articles'] : ['英文', '中文', 'content/articles'];
  return `文章「${id}」只有${other}版：${here}页面的 related 只能写同一版本的文章（${folder} 里的文件名）${availableIds(own)}`;
}

export const relatedArticles: Rule = {
  id: 'related-articles',
  check({ pages, articlesBySlug, isDraft }) {
    const findings: Finding[] = [];
    for (const page of pages) {
      const { file, parsed, data } = page;
      if (!data) continue;
      // An edition's pages relate to its own articles.
      const articleBySlug = articlesBySlug[page.lang];
      (data.related ?? []).forEach((id, i) => {
        const field = `related.${i}`;
        const line = parsed.lineOf(['related', i]);
        const target = articleBySlug.get(id);
        if (page.kind === 'article' && id === page.slug) findings.push({ file, line, field, message: '文章不能关联它自己：删掉这一项' });
        else if (!target && articlesBySlug[otherEdition(page.lang)].has(id))
          findings.push({ file, line, field, message: onlyInOtherEdition(page.lang, id, new Set(articleBySlug.keys())) });
        else if (!target) findings.push({ file, line, field, message: describeUnknown('文章', id, new Set(articleBySlug.keys())) });
        else if (!data.draft && isDraft(target)) findings.push({ file, line, field, message: `关联的文章「${id}」还是草稿（draft: true）：已发布的页面不能链接到草稿` });
      });
    }
    return findings;
  },
};
