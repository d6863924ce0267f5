/** A fee, limit or time on a page needs an official source and the hedge (../sourced-numbers.ts). The first quantity only: one source fixes them all. */
import { describeUnsourced, firstQuantity, isSourced } from '../sourced-numbers.ts';
import { isMachineField, stringsIn } from '../typography.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const sourcedNumbers: Rule = {
  id: 'sourced-numbers',
  check({ pages }) {
    const findings: Finding[] = [];
    for (const { file, parsed, data } of pages) {
      if (!data) continue;
      const hasSources = Boolean(data.sources?.length);
      const prose = [...stringsIn(parsed.data)].filter(({ path }) => !isMachineField(path));
      if (isSourced(hasSources, [...prose.map((p) => p.text), parsed.body].join('\n'))) continue;
      const places = [
        ...prose.map(({ path, text }) => ({ line: parsed.lineOf(path), field: path.join('.'), text })),
        ...parsed.body.split('\n').map((text, i) => ({ line: parsed.bodyStartLine + i, field: '正文', text })),
      ];
      for (const place of places) {
        const quantity = firstQuantity(place.text);
        if (!quantity) continue;
        findings.push({ file, line: place.line, field: place.field, message: describeUnsourced(quantity, hasSources) });
        break;
      }
    }
    return findings;
  },
};
