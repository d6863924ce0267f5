/** symptoms.yaml: each symptom's category exists. Checked whether or not symptoms.yaml parsed, as long as categories did. */
import { describeUnknown } from '../suggest.ts';
import type { Rule } from '../rule.ts';

export const symptomCategories: Rule = {
  id: 'symptom-categories',
  check({ files, symptoms, categoryIds }) {
    if (!files.categories.data) return [];
    return symptoms.flatMap((symptom, index) =>
      categoryIds.has(symptom.category)
        ? []
        : [{ file: files.symptoms.file, line: files.symptoms.lineOf([index, 'category']), field: `${index}.category`, message: describeUnknown('分类', symptom.category, categoryIds) }],
    );
  },
};
