/**
 * Official sources only: https to a host in content/allowed-hosts.yaml. The gate checks the same in
 * each page's frontmatter, with the layout ban and the character rule (frontmatter-gate.ts).
 */
import { externalUrlProblem } from '../link-policy.ts';
import type { Rule } from '../rule.ts';

export const officialSources: Rule = {
  id: 'official-sources',
  check: ({ pages, allowedHosts }) =>
    pages.flatMap(({ file, parsed, data }) =>
      (data?.sources ?? []).flatMap((source, i) => {
        const problem = externalUrlProblem(source.url, '来源链接', allowedHosts);
        return problem ? [{ file, line: parsed.lineOf(['sources', i, 'url']), field: `sources.${i}.url`, message: problem }] : [];
      }),
    ),
};
