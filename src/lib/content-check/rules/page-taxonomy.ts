/** A page's category and symptoms exist (when their data file parsed), and no symptom is listed twice. */
import { describeUnknown } from '../suggest.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const pageTaxonomy: Rule = {
  id: 'page-taxonomy',
  check({ pages, files, categoryIds, symptomIds }) {
    const findings: Finding[] = [];
    for (const { file, parsed, data } of pages) {
      if (!data) continue;
      const at = (path: PropertyKey[]) => parsed.lineOf(path);
      if (files.categories.data && !categoryIds.has(data.category))
        findings.push({ file, line: at(['category']), field: 'category', message: describeUnknown('分类', data.category, categoryIds) });
      if (files.symptoms.data)
        data.symptoms.forEach((id, i) => {
          if (!symptomIds.has(id)) findings.push({ file, line: at(['symptoms', i]), field: `symptoms.${i}`, message: describeUnknown('症状', id, symptomIds) });
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
