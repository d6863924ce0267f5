/**
 * Splits an MDX file into YAML frontmatter and body, and keeps the YAML document so a
 * problem can be reported at the line of the field that causes it.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedFile {
  data: unknown;
  /** Line (1-based) where the body starts, for body findings. */
  bodyStartLine: number;
  body: string;
  /** Line of a field path such as ['steps', 2, 'path'], falling back to its nearest parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  /** YAML syntax errors, with their line. */
  yamlErrors: Array<{ line: number; message: string }>;
  /** Set when the file has no frontmatter fence at all. */
  missingFrontmatter: boolean;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseYamlWithLines(source: string, firstLine = 1): Omit<ParsedFile, 'body' | 'bodyStartLine' | 'missingFrontmatter'> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const yamlErrors = doc.errors.map((error) => ({
    line: toLine(error.pos[0]),
    message: describeYamlError(error.code, error.message),
  }));
  return {
    data: yamlErrors.length ? undefined : doc.toJS(),
    yamlErrors,
    lineOf: (path) => lineOfPath(doc, path, toLine),
  };
}

export function parseMdxFile(source: string): ParsedFile {
  const match = FENCE.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyStartLine: 1,
      lineOf: () => 1,
      yamlErrors: [],
      missingFrontmatter: true,
    };
  }
  const yaml = parseYamlWithLines(match[1], 2);
  const bodyStartLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return { ...yaml, body: source.slice(match[0].length), bodyStartLine, missingFrontmatter: false };
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
