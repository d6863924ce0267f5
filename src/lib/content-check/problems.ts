/**
 * One thing wrong with one content file, reported as `path:line  field.path  message`. Every check
 * rule (rules/*.ts) returns these; helpers that do not know the file return the narrower
 * `LineFinding` (a line in the text they were given) or `FieldFinding` (a path in the data),
 * which the rule turns into a `Finding`.
 */
export interface Finding {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line number; 1 when the problem concerns the whole file. */
  line: number;
  /** Dotted field path such as `steps.2.path`, or `-` for the whole file or body. */
  field: string;
  message: string;
}

/** The earlier name of `Finding`, kept for rule files written against it. */
export type Problem = Finding;

/** A finding in a text whose file the caller knows: a 1-based line in that text, and the field when it is not the body. */
export type LineFinding = Pick<Finding, 'line' | 'message'> & { field?: string };

/** A finding at a path in parsed data, e.g. ['steps', 2, 'for', 0]; the caller turns the path into a line. */
export interface FieldFinding {
  path: PropertyKey[];
  message: string;
}

export function formatProblem(p: Problem): string {
  // One problem per line whatever the content: a field name with spaces (a misspelt key) shows them as ␣,
  // line breaks and control characters quoted from a file become spaces.
  const field = (p.field || '-').replace(/\s/g, '␣');
  const message = p.message.replace(/\p{Cc}+/gu, ' ');
  return `${p.file}:${p.line}  ${field}  ${message}`;
}

/**
 * The same problem as a GitHub Actions workflow command, so a pull request shows the message on the
 * offending line: `::error file=<path>,line=<n>,title=<field>::<message>`. Escaped as the runner
 * expects (actions/toolkit): %, CR and LF everywhere, and also : and , inside properties.
 */
export function formatGithubAnnotation(p: Problem): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${property(p.file)},line=${p.line},title=${property(p.field || '-')}::${data(p.message)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
