/** A page's category and symptoms exist (when their data file parsed), and no symptom is listed twice. */
import { describeUnknown } from '../suggest.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

import { categoryText, symptomText } from '../../editions.ts';
import type { Lang } from '../../../schemas/content.ts';

const LANG_NAME: Record<Lang, string> = { zh: '中文', en: '英文' };

export const pageTaxonomy: Rule = {
  id: 'page-taxonomy',
  check({ pages, files, categoryIds, symptomIds, categories, symptoms }) {
    const findings: Finding[] = [];
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const symptomById = new Map(symptoms.map((s) => [s.id, s]));
    for (const { file, parsed, data, lang } of pages) {
      if (!data) continue;
      const at = (path: PropertyKey[]) => parsed.lineOf(path);
      // The text a page shows for its category and symptoms is the data file's text in the page's language (docs/i18n.md).
      const language = LANG_NAME[lang];
      const missingText = (what: string, id: string, fix: string) => `${what}「${id}」没有${language}文字，${language}页面不能用它：${fix}`;
      if (files.categories.data && !categoryIds.has(data.category))
        findings.push({ file, line: at(['category']), field: 'category', message: describeUnknown('分类', data.category, categoryIds) });
      else if (files.categories.data && !categoryText(categoryById.get(data.category)!, lang))
        findings.push({
          file,
          line: at(['category']),
          field: 'category',
          message: missingText('分类', data.category, lang === 'en' ? '在 content/categories.yaml 给它加 en: { name, description }' : '在 content/categories.yaml 给它写 name 和 description'),
        });
      if (files.symptoms.data)
        data.symptoms.forEach((id, i) => {
          if (!symptomIds.has(id)) findings.push({ file, line: at(['symptoms', i]), field: `symptoms.${i}`, message: describeUnknown('症状', id, symptomIds) });
          else if (!symptomText(symptomById.get(id)!, lang))
            findings.push({
              file,
              line: at(['symptoms', i]),
              field: `symptoms.${i}`,
              message: missingText('症状', id, lang === 'en' ? '在 content/symptoms.yaml 给它加 en: { label, description, aliases }' : '在 content/symptoms.yaml 给它写 label、description 和 aliases'),
            });
        });
      const seen = new Set<string>();
      data.symptoms.forEach((id, i) => {
        if (seen.has(id)) findings.push({ file, line: at(['symptoms', i]), field: `symptoms.${i}`, message: `症状「${id}」写了两次：删掉重复的一项` });
        seen.add(id);
      });
    }
    return findings;
  },
};
