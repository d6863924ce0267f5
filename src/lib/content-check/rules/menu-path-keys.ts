/** A step's `path` names a key of content/menu-paths.yaml (when that file parsed). */
import type { Article } from '../../../schemas/content.ts';
import { describeUnknown } from '../suggest.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const menuPathKeys: Rule = {
  id: 'menu-path-keys',
  check({ pages, files, menuPaths }) {
    if (!files.menuPaths.data) return [];
    const findings: Finding[] = [];
    for (const { kind, file, parsed, data } of pages) {
      if (!data || kind !== 'article') continue;
      (data as Article).steps.forEach((step, i) => {
        // Own keys only: `constructor` is "in" every object.
        if (typeof step.path === 'string' && !Object.hasOwn(menuPaths, step.path))
          findings.push({
            file,
            line: parsed.lineOf(['steps', i, 'path']),
            field: `steps.${i}.path`,
            message: describeUnknown('菜单路径', step.path, new Set(Object.keys(menuPaths))) + '（在 content/menu-paths.yaml 里定义，写上 steps 和 basis）',
          });
      });
    }
    return findings;
  },
};
