/**
 * Size, line length, nesting markers, invisible characters: the raw text of a page, before any
 * parser sees it (../limits.ts). A page over a limit is not parsed at all, so this is all it gets.
 */
import { checkSourceLimits } from '../limits.ts';
import type { Rule } from '../rule.ts';

export const sourceLimits: Rule = {
  id: 'source-limits',
  gate: { stage: 'source', run: checkSourceLimits },
  check: ({ rejected }) => rejected.flatMap(({ file, source }) => checkSourceLimits(source).map((f) => ({ file, line: f.line, field: '-', message: f.message }))),
};
