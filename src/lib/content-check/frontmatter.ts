/**
 * Splits an MDX file into frontmatter and body exactly as the build does (src/lib/mdx/mdx-parse.ts), and keeps
 * a YAML document of the frontmatter so a problem can be reported at the line of its field.
 *
 * Two YAML readers, one answer: js-yaml (what Astro uses, so the data checked is the data built)
 * gives the values; `yaml` gives lines and refuses, before js-yaml runs, what js-yaml would either
 * choke on or expand: anchors and aliases (`&a`/`*a`, the "billion laughs" bomb) and tags (`!foo`).
 */
import { load } from 'js-yaml';
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { compiledContent } from '../mdx/mdx-parse.ts';

export interface ParsedFile {
  data: unknown;
  /** Line (1-based) where the body starts, for body findings. */
  bodyStartLine: number;
  /** The text after the closing fence. */
  body: string;
  /** The whole file with the frontmatter blanked out, as the build compiles it: its lines are file lines. */
  content: string;
  /** Line of a field path such as ['steps', 2, 'path'], falling back to its nearest parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  /** YAML errors and refused YAML features, with their line. */
  yamlErrors: Array<{ line: number; message: string }>;
  /** Set when the file has no frontmatter fence at all. */
  missingFrontmatter: boolean;
}

/** Parses YAML text (a data file, or frontmatter starting at file line `firstLine`). */
export function parseYamlWithLines(source: string, firstLine = 1): Omit<ParsedFile, 'body' | 'bodyStartLine' | 'missingFrontmatter' | 'content'> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const yamlErrors = doc.errors.map((error) => ({ line: toLine(error.pos[0]), message: describeYamlError(error.code, error.message) }));
  if (!yamlErrors.length) yamlErrors.push(...refusedFeatures(doc, toLine));
  let data: unknown;
  if (!yamlErrors.length) {
    try {
      data = restoreImpossibleDates(doc.contents, load(source));
    } catch (error) {
      const e = error as { mark?: { line?: number }; reason?: string; message?: string };
      yamlErrors.push({ line: (e.mark?.line ?? 0) + firstLine, message: `YAML 语法错误：请检查这一行的写法（${e.reason ?? e.message}）` });
    }
  }
  return { data, yamlErrors, lineOf: (path) => lineOfPath(doc, path, toLine) };
}

/**
 * js-yaml reads 2026-02-30 as 2 March. Put the text back, so the schema's date rule refuses a date
 * that does not exist instead of the page silently showing another day.
 */
function restoreImpossibleDates(node: unknown, value: unknown): unknown {
  if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown })?.value;
      if (typeof key === 'string' && Object.hasOwn(value, key)) (value as Record<string, unknown>)[key] = restoreImpossibleDates(pair.value, (value as Record<string, unknown>)[key]);
    }
  } else if (isSeq(node) && Array.isArray(value)) {
    node.items.forEach((item, i) => (value[i] = restoreImpossibleDates(item, value[i])));
  } else if (value instanceof Date && isScalar(node) && typeof node.source === 'string') {
    const text = node.source.trim();
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text) && value.toISOString().slice(0, 10) !== text) return text;
  }
  return value;
}

/** Anchors, aliases and explicit tags: plain fields never need them. The first of each, so a bomb gives one line. */
function refusedFeatures(doc: Document, toLine: (offset: number) => number): Array<{ line: number; message: string }> {
  const found = new Map<'alias' | 'tag', { line: number; message: string }>();
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    const line = toLine(node.range?.[0] ?? 0);
    if ((isAlias(node) || node.anchor) && !found.has('alias'))
      found.set('alias', { line, message: 'YAML 里不允许锚点和别名（&名字、*名字）：它们能让一小段文字展开成巨量数据。请把内容直接写出来' });
    else if (node.tag && !found.has('tag'))
      found.set('tag', { line, message: `YAML 里不允许标签（${node.tag}）：直接写值即可，文字不需要 ! 开头的类型标记（需要以 ! 开头时用引号括起来）` });
  });
  return [...found.values()].sort((a, b) => a.line - b.line);
}

export function parseMdxFile(source: string): ParsedFile {
  let compiled: ReturnType<typeof compiledContent> | undefined;
  let jsYamlError: { line: number; message: string } | undefined;
  try {
    compiled = compiledContent(source);
  } catch (error) {
    // js-yaml refused the frontmatter; the `yaml` pass below locates and explains it.
    const e = error as { mark?: { line?: number }; reason?: string; message?: string };
    jsYamlError = { line: (e.mark?.line ?? 0) + 1, message: `YAML 语法错误：请检查这一行的写法（${e.reason ?? e.message}）` };
  }
  const raw = /^(\uFEFF?|\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/.exec(source);
  if (!raw) {
    return { data: undefined, body: source, content: source, bodyStartLine: 1, lineOf: () => 1, yamlErrors: [], missingFrontmatter: true };
  }
  // The frontmatter text starts right after the opening fence, on the fence's own line.
  const fenceLine = raw[1].split('\n').length;
  const closingEnd = raw[0].length;
  const bodyStartLine = source.slice(0, closingEnd).split('\n').length + 1;
  const afterFence = source.slice(closingEnd).replace(/^[^\n]*\n?/, '');
  const content = compiled?.content ?? source.slice(0, closingEnd).replace(/[^\r\n]/g, ' ') + source.slice(closingEnd);
  if (source.slice(raw[1].length).startsWith('+++'))
    return { data: undefined, body: afterFence, content, bodyStartLine, lineOf: () => fenceLine, yamlErrors: [{ line: fenceLine, message: 'frontmatter 要用 YAML（以 --- 开始和结束），不能用 +++ 的 TOML' }], missingFrontmatter: false };
  const yaml = parseYamlWithLines(raw[2], fenceLine);
  if (!yaml.yamlErrors.length && jsYamlError) yaml.yamlErrors.push(jsYamlError);
  return { ...yaml, data: yaml.yamlErrors.length ? undefined : yaml.data, body: afterFence, content, bodyStartLine, missingFrontmatter: false };
}

function lineOfPath(doc: Document, path: ReadonlyArray<PropertyKey>, toLine: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let line = node && typeof node === 'object' && 'range' in node ? toLine((node as { range: [number] }).range[0]) : 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number] }).range;
      if (keyRange) line = toLine(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number] } | undefined;
      if (!item) break;
      if (item.range) line = toLine(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: '同一个字段写了两次：删掉其中一个',
  BAD_INDENT: '缩进不对：同一层的字段要对齐，列表项用两个空格缩进',
  MISSING_CHAR: '缺少字符：检查引号、括号或冒号是否成对',
  BLOCK_AS_IMPLICIT_KEY: '冒号的位置不对：每行写成「字段: 值」，值里有冒号时用引号括起来',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行：检查上一行是否少了冒号或引号',
  UNEXPECTED_TOKEN: '出现了意外的符号：检查冒号、引号和列表符号 -',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
};

function describeYamlError(code: string, message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
  // An unclosed [ or { is reported where YAML gives up, often the line after it.
  const hint = /flow (sequence|mapping|collection)/i.test(firstLine)
    ? '方括号 [ ] 或花括号 { } 没有成对：检查这一行和上一行，值里有括号时用引号括起来'
    : (YAML_HINTS[code] ?? '请检查这一行的写法');
  return `YAML 语法错误：${hint}（${firstLine}）`;
}
