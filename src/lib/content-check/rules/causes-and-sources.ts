/** Source ids once per page; an article's causes, steps (`for`) and numbered references resolve (../causes-and-sources.ts). */
import type { Article } from '../../../schemas/content.ts';
import { checkCauses, duplicateIds, sourceReferences } from '../causes-and-sources.ts';
import type { Rule } from '../rule.ts';

export const causesAndSources: Rule = {
  id: 'causes-and-sources',
  check: ({ pages }) =>
    pages.flatMap(({ kind, file, parsed, data }) => {
      if (!data) return [];
      const findings = [
        ...duplicateIds(data.sources ?? [], 'sources', '来源'),
        ...(kind === 'article' ? [...checkCauses(data as Article, { draft: Boolean(data.draft) }), ...sourceReferences(data as Article)] : []),
      ];
      return findings.map((f) => ({ file, line: parsed.lineOf(f.path), field: f.path.join('.'), message: f.message }));
    }),
};
