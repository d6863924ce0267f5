/**
 * The synonym table (content/search-synonyms.yaml) at build time: compiled into the pairs the
 * search page ships (applySynonyms in normalize.ts applies them to each query), applied to the
 * symptom table's sayings so both sides of a comparison use the same words, and checked by the
 * content check. The browser never loads this module.
 */
import type { SearchSynonym } from '../../schemas/content.ts';
import { applySynonyms, normaliseQuery, type Synonyms } from './normalize.ts';
import type { FieldFinding } from '../content-check/problems.ts';

/** [saying, means] pairs, longest saying first (so 没有成功 wins over 成功-sized sayings), then by code point. */
export function compileSynonyms(entries: readonly SearchSynonym[]): Synonyms {
  const pairs = entries.flatMap((entry) => entry.sayings.map((saying) => [normaliseQuery(saying), normaliseQuery(entry.means)] as const));
  return pairs.sort(([a], [b]) => [...b].length - [...a].length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A label or alias in the words a query is rewritten to: a saying that contains a reader's word
 * (零钱提现不成功) is compared as 零钱提现失败, the query 提现不成功 having become 提现失败 too.
 * Texts without a saying are returned as written.
 */
export function rewriteSaying(text: string, synonyms: Synonyms): string {
  const normal = normaliseQuery(text);
  const rewritten = applySynonyms(normal, synonyms);
  return rewritten === normal ? text : rewritten;
}

/** A finding at a path in the file's data, e.g. [2, 'sayings', 0]. */
type SynonymProblem = FieldFinding;

/**
 * Rules the schema cannot see, across entries: a saying listed twice (which meaning wins?), and a
 * meaning that contains a saying (the labels' own word would be rewritten too: 失败 must stay 失败).
 */
export function synonymProblems(entries: readonly SearchSynonym[]): SynonymProblem[] {
  const problems: SynonymProblem[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    entry.sayings.forEach((saying, j) => {
      const first = seen.get(saying);
      if (first !== undefined) problems.push({ path: [i, 'sayings', j], message: `说法「${saying}」已经写在第 ${first + 1} 项里：一个说法只能有一个意思，删掉其中一处` });
      else seen.set(saying, i);
    });
  });
  entries.forEach((entry, i) => {
    for (const saying of seen.keys()) {
      if (entry.means.includes(saying))
        problems.push({ path: [i, 'means'], message: `「${entry.means}」里含有说法「${saying}」：搜索会把标签自己的词也换掉。换一个说法，或把「${saying}」从 sayings 里删掉` });
    }
  });
  return problems;
}
