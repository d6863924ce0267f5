/**
 * MDX safety: a contributor's MDX runs at build time, so the body may only be Markdown plus
 * the project's own safe components. (Filled in by the contributor-safety work.)
 */
export interface SafetyFinding {
  /** Line within the body, 1-based. */
  line: number;
  message: string;
}

export function checkMdxSafety(_body: string): SafetyFinding[] {
  return [];
}
