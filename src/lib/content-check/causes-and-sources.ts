/**
 * Rules that tie an article's causes, steps and sources together, beyond what the schema can
 * say about one field: the troubleshooter links choices to causes (#cause-<id>) and steps to
 * causes (`for`), and numbered references to sources (`sources: [id]`), so every id must
 * resolve and every cause must be reachable.
 */
import { CHECK_ORDERS, type Article, type CheckOrder } from '../../schemas/content.ts';
import { causesWithoutSteps } from '../troubleshoot.ts';
import type { FieldFinding } from './problems.ts';
import { describeUnknown } from './suggest.ts';

/** A problem at a frontmatter path (an absent field's line is its parent's); the caller adds the file and line. */
type Finding = FieldFinding;

const CHECK_LABELS: Record<CheckOrder, string> = { first: '先查', next: '再查', last: '最后查' };

/** Duplicate ids in a list: every later use of an id is reported at its `id` field. */
export function duplicateIds(items: ReadonlyArray<{ id: string }>, list: string, what: string): Finding[] {
  const seen = new Map<string, number>();
  return items.flatMap((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, index);
      return [];
    }
    return [{ path: [list, index, 'id'], message: `${what} id「${item.id}」重复（${list}.${first} 已经用过）：本文里每个 id 只能出现一次` }];
  });
}

/** References from causes and steps to the page's `sources` ids. */
export function sourceReferences(data: Pick<Article, 'causes' | 'steps' | 'sources'>): Finding[] {
  const valid = new Set((data.sources ?? []).map((s) => s.id));
  const findings: Finding[] = [];
  for (const list of ['causes', 'steps'] as const)
    data[list].forEach((item, index) =>
      (item.sources ?? []).forEach((id, j) => {
        if (valid.has(id)) return;
        const message = valid.size
          ? `${describeUnknown('来源', id, valid)}（在本文的 sources 列表里定义）`
          : `未知的来源「${id}」：本文还没有 sources 列表，先在 sources 里加上这个官方来源（id、title、url）`;
        findings.push({ path: [list, index, 'sources', j], message });
      }),
    );
  return findings;
}

/**
 * Causes and steps of one article: unique cause ids, `for` naming real causes, no cause that
 * no step applies to, causes in check order (先查 before 再查 before 最后查), and, once the
 * article is published, at least one sign per cause (the chooser is worded as the signs).
 */
export function checkCauses(data: Pick<Article, 'causes' | 'steps'>, options: { draft: boolean }): Finding[] {
  const findings = duplicateIds(data.causes, 'causes', '原因');
  const causeIds = new Set(data.causes.map((c) => c.id));

  data.steps.forEach((step, i) =>
    (step.for ?? []).forEach((id, j) => {
      if (!causeIds.has(id)) findings.push({ path: ['steps', i, 'for', j], message: `${describeUnknown('原因', id, causeIds)}（for 写的是本文 causes 里的 id）` });
    }),
  );

  const unused = new Set(causesWithoutSteps([...causeIds], data.steps));
  data.causes.forEach((cause, index) => {
    if (!unused.has(cause.id)) return;
    unused.delete(cause.id); // a duplicate id is reported once, above
    findings.push({
      path: ['causes', index, 'id'],
      message: `没有步骤适用于原因「${cause.id}」：每个步骤都写了 for，但都没有它。把它加进某个步骤的 for，或删掉某个步骤的 for（表示适用于所有原因）`,
    });
  });

  const rank = (check: CheckOrder) => CHECK_ORDERS.indexOf(check);
  data.causes.forEach((cause, index) => {
    const previous = data.causes[index - 1];
    if (!previous || rank(cause.check) >= rank(previous.check)) return;
    findings.push({
      path: ['causes', index, 'check'],
      message: `原因要按排查顺序排列：「${cause.title}」是 ${cause.check}（${CHECK_LABELS[cause.check]}），却排在 ${previous.check}（${CHECK_LABELS[previous.check]}）的「${previous.title}」后面。把它移到前面，或改它的 check`,
    });
  });

  if (!options.draft)
    data.causes.forEach((cause, index) => {
      if (cause.signs?.length) return;
      findings.push({
        path: ['causes', index, 'signs'],
        message: '已发布文章的每个原因至少要写一条 signs：读者能看到的提示或状态、所处的情况，或几秒内能核对的事（页面上「你遇到的是哪种情况？」就用它来写）',
      });
    });
  return findings;
}
