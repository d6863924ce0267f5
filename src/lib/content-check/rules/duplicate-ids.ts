/** categories.yaml and symptoms.yaml: every id once. */
import type { DataFile } from '../context.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

function duplicates(items: Array<{ id: string }>, source: DataFile, what: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      findings.push({ file: source.file, line: source.lineOf([index, 'id']), field: `${index}.id`, message: `${what} id「${item.id}」重复（第 ${seen.get(item.id)! + 1} 项已经用过）：每个 id 只能出现一次` });
    else seen.set(item.id, index);
  });
  return findings;
}

export const duplicateIds: Rule = {
  id: 'duplicate-ids',
  check: (ctx) => [...duplicates(ctx.categories, ctx.files.categories, '分类'), ...duplicates(ctx.symptoms, ctx.files.symptoms, '症状')],
};
