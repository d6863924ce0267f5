/**
 * The two editions (docs/i18n.md): a symptom with English text only must be named by a published
 * English page, or neither edition shows it; menu-paths.yaml `en:` gives English labels to the
 * keys of `paths:` only.
 */
import type { Rule } from '../rule.ts';
import type { Finding } from '../problems.ts';
import { describeUnknown } from '../suggest.ts';
import { symptomText } from '../../editions.ts';

export const editions: Rule = {
  id: 'editions',
  check({ pages, files, symptoms, menuPaths, enMenuPaths }) {
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
    if (files.menuPaths.data)
      for (const key of Object.keys(enMenuPaths))
        if (!Object.hasOwn(menuPaths, key))
          findings.push({
            file: files.menuPaths.file,
            line: files.menuPaths.lineOf(['en', key]),
            field: `en.${key}`,
            message: describeUnknown('菜单路径', key, new Set(Object.keys(menuPaths))) + '：en: 下的键要和 paths: 下的键一样，给同一条路径写英文菜单名',
          });
    return findings;
  },
};
