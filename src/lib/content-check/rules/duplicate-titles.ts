/** Two articles (or two FAQs) with the same title: readers and the search cannot tell them apart (../titles.ts). */
import type { Article, Faq } from '../../../schemas/content.ts';
import { titleKey } from '../titles.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const duplicateTitles: Rule = {
  id: 'duplicate-titles',
  check({ pages }) {
    const findings: Finding[] = [];
    const firstFile = new Map<string, string>();
    for (const { kind, file, parsed, data } of pages) {
      if (!data) continue;
      const field = kind === 'article' ? 'title' : 'question';
      const key = `${kind}:${titleKey(kind === 'article' ? (data as Article).title : (data as Faq).question)}`;
      if (firstFile.has(key)) findings.push({ file, line: parsed.lineOf([field]), field, message: `与 ${firstFile.get(key)} 的标题相同：读者和搜索会分不清，请改写或合并` });
      else firstFile.set(key, file);
    }
    return findings;
  },
};
