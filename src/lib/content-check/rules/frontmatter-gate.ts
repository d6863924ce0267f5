/**
 * The build gate's frontmatter check, for `astro build` run without `npm run check:content`: no
 * `layout` (Astro would import it as a module), sources on allowed hosts only, and the character
 * rule in every decoded value. The content check covers the same ground with the strict schema
 * (no unknown keys), official-sources.ts and the loader's character rule, so `check` adds nothing.
 */
import { forbiddenInValue, forbiddenMessage } from '../characters.ts';
import { externalUrlProblem } from '../link-policy.ts';
import type { Rule } from '../rule.ts';

export const frontmatterGate: Rule = {
  id: 'frontmatter-gate',
  gate: {
    stage: 'frontmatter',
    run(frontmatter, { allowedHosts }) {
      const problems: string[] = [];
      if (Object.hasOwn(frontmatter, 'layout')) problems.push('frontmatter 里不允许 layout：构建会把它当作代码模块导入');
      const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources : [];
      sources.forEach((source: { url?: unknown }, i) => {
        const problem = typeof source?.url === 'string' ? externalUrlProblem(source.url, '来源链接', allowedHosts) : undefined;
        if (problem) problems.push(`sources.${i}.url：${problem}`);
      });
      // Each object once: YAML aliases share objects, and a "billion laughs" bomb must not expand here.
      const seen = new Set<object>();
      const strings: Array<[string, unknown]> = [['', frontmatter]];
      while (strings.length) {
        const [path, value] = strings.pop()!;
        if (typeof value === 'string') {
          const char = forbiddenInValue(value);
          if (char) problems.push(`${path.slice(1)}：${forbiddenMessage(char)}`);
        } else if (value && typeof value === 'object' && !seen.has(value)) {
          seen.add(value);
          for (const [key, child] of Object.entries(value)) strings.push([`${path}.${key}`, child]);
        }
      }
      return problems;
    },
  },
  check: () => [],
};
