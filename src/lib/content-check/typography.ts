/**
 * Chinese typography (中文文案排版指北) through AutoCorrect, the linter MDN zh-CN uses.
 * Frontmatter strings are checked one by one so a finding names its field; the body is
 * linted as Markdown so a finding names its line.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MACHINE_KEYS } from '../../schemas/content.ts';

const require = createRequire(import.meta.url);
const autocorrect = require('autocorrect-node') as {
  format(text: string): string;
  formatFor(text: string, filepath: string): string;
  lintFor(text: string, filepath: string): { lines: Array<{ l: number; c: number; new: string; old: string }>; error: string };
  loadConfig(config: string): void;
};

let configuredFor: string | undefined;

/** Loads the repository's .autocorrectrc once, so the check and `npm run fix:content` agree. */
export function useTypographyConfig(root: string): void {
  if (configuredFor === root) return;
  const file = join(root, '.autocorrectrc');
  if (existsSync(file)) autocorrect.loadConfig(readFileSync(file, 'utf8'));
  configuredFor = root;
}

export interface TypographyFinding {
  /** Line within the given text, 1-based. */
  line: number;
  old: string;
  fixed: string;
}

export function lintText(text: string): TypographyFinding | undefined {
  const fixed = autocorrect.format(text);
  return fixed === text ? undefined : { line: 1, old: text, fixed };
}

export function formatText(text: string): string {
  return autocorrect.format(text);
}

export function formatMarkdown(body: string): string {
  return autocorrect.formatFor(body, 'body.mdx');
}

export function lintMarkdown(body: string): TypographyFinding[] {
  const result = autocorrect.lintFor(body, 'body.mdx');
  return result.lines.map((line) => ({ line: line.l, old: line.old, fixed: line.new }));
}

/**
 * Keys whose values are ids, URLs, dates or keys, never prose: neither linted nor fixed. The schema
 * marks them (`machineKey` in src/schemas/content.ts). `path` is prose when it is a list of menu
 * labels, a key when it is a single string.
 */
export { MACHINE_KEYS };

/** Fields holding ids, URLs and keys rather than prose: never typography-linted, and their numbers need no source. */
export function isMachineField(path: PropertyKey[]): boolean {
  const names = path.filter((p) => typeof p === 'string');
  const last = names.at(-1);
  return MACHINE_KEYS.has(String(last)) || (last === 'path' && typeof path.at(-1) === 'string');
}

/** Every string in a parsed frontmatter value, with its path. */
export function* stringsIn(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

export function describeFinding(finding: TypographyFinding): string {
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
  return `排版：应改为「${clip(finding.fixed.trim())}」（中文与英文、数字之间加空格，中文里用全角标点；运行 npm run fix:content 可自动修正）`;
}
