/**
 * The two editions (docs/i18n.md): a symptom with English text only must be named by a published
 * English page, or neither edition shows it. (English menu labels sit on each path in
 * menu-paths.yaml, so they cannot name a path that does not exist.)
 */
import type { Rule } from '../rule.ts';
import type { Finding } from '../problems.ts';
import { symptomText } from '../../editions.ts';

export const editions: Rule = {
  id: 'editions',
  check({ pages, files, symptoms }) {
    const findings: Finding[] = [];
    if (files.symptoms.data) {
      const englishNamed = new Set(pages.filter((p) => p.lang === 'en' && p.data && !p.data.draft).flatMap((p) => p.data!.symptoms));
      symptoms.forEach((symptom, index) => {
        if (!symptomText(symptom, 'zh') && !englishNamed.has(symptom.id))
          findings.push({
            file: files.symptoms.file,
            line: files.symptoms.lineOf([index, 'id']),
            field: `${index}.id`,
            message: `症状「${symptom.id}」只有英文文字，却没有一篇已发布的英文页面（content/en/articles、content/en/faq）在 symptoms 里写它：两个版本都不会显示它。请写英文页面，或删掉这一项`,
          });
      });
    }
    return findings;
  },
};
