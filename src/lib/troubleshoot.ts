/**
 * The guided troubleshooter's logic, shared by the article page (build time), the content check
 * and the page's small script (in the browser): which steps apply to which cause, and the
 * anchors that tie a choice to its cause and a reference to its source.
 *
 * A step without `for` applies to every cause; the page writes a step's `for` into
 * data-causes="<ids>" (empty for every cause), and the script reads it back.
 */

/** The page anchor of a cause: the chooser links to #cause-<id>. */
export const causeAnchor = (id: string) => `cause-${id}`;

/** The page anchor of a numbered source: references link to #source-<id>. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The value of a step's data-causes attribute: its cause ids, space-separated ('' = every cause). */
export const causesAttribute = (step: { for?: readonly string[] }) => (step.for ?? []).join(' ');

/** Whether a step whose cause ids are `stepCauses` (empty: every cause) applies to a cause. */
export function appliesTo(stepCauses: readonly string[], causeId: string): boolean {
  return stepCauses.length === 0 || stepCauses.includes(causeId);
}

/** Cause ids from a data-causes attribute value. */
export const parseCausesAttribute = (value: string | undefined | null) => (value ?? '').split(/\s+/).filter(Boolean);

/** The indexes of the steps that apply to a cause, in the article's order. */
export function stepsForCause(steps: ReadonlyArray<{ for?: readonly string[] }>, causeId: string): number[] {
  return steps.flatMap((step, index) => (appliesTo(step.for ?? [], causeId) ? [index] : []));
}

/** Causes that no step applies to: every step names its causes with `for`, and none names these. */
export function causesWithoutSteps(causeIds: readonly string[], steps: ReadonlyArray<{ for?: readonly string[] }>): string[] {
  return causeIds.filter((id) => stepsForCause(steps, id).length === 0);
}

/** The cause id a location hash chooses (#cause-<id>), or undefined for any other hash. Ids are never percent-encoded. */
export function causeIdFromHash(hash: string): string | undefined {
  return /^#?cause-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(hash)?.[1];
}

/**
 * The number each source is shown with (1-based, in the order of the `sources` list), so a
 * cause or step citing `sources: [refund-api]` can show 「1」 linking to #source-refund-api.
 */
export function sourceNumbers(sources: ReadonlyArray<{ id: string }> | undefined): Map<string, number> {
  return new Map((sources ?? []).map((source, index) => [source.id, index + 1]));
}

/** The id of the chooser's heading 「你遇到的是哪种情况？」: 「重新选择」 links back to it. */
export const CHOOSER_ANCHOR = 'which';
