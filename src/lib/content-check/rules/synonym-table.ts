/** The search's synonym table: a saying listed twice, or a meaning that contains a saying (search/synonyms.ts). */
import { synonymProblems } from '../../search/synonyms.ts';
import type { Rule } from '../rule.ts';

export const synonymTable: Rule = {
  id: 'synonym-table',
  check({ files: { synonyms } }) {
    if (!synonyms?.data) return [];
    return synonymProblems(synonyms.data).map((p) => ({ file: synonyms.file, line: synonyms.lineOf(p.path), field: p.path.join('.'), message: p.message }));
  },
};
