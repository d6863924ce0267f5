/**
 * Limits that keep hostile or broken content from crashing or stalling the check and the build.
 * Parsers and renderers recurse: 10,000 nested `>` or `- ` or `<sup>` blew the stack, nested
 * emphasis segfaulted the MDX compiler, a 1,000-level indented list took 41 s, a 1 MB line made
 * the search indexer run for minutes. Real articles stay far below every number here
 * (CONTRIBUTING.md lists them). `checkSourceLimits` runs on the raw text BEFORE anything parses it;
 * the nesting and link limits are checked on the parsed tree (mdx-safety.ts).
 */
import type { LineFinding } from './problems.ts';
import { characterKind, forbiddenInLine, forbiddenMessage } from './characters.ts';

/** Whole file, in bytes (UTF-8). The longest article today is about 7 KB. */
export const MAX_FILE_BYTES = 64 * 1024;
/** One line, in characters. A long paragraph is a few hundred; a frontmatter `detail` fits too. */
export const MAX_LINE_CHARS = 2000;
/** Leading spaces on a line (a tab counts as 4): lists nested a few levels need 6–12. */
export const MAX_INDENT_COLUMNS = 40;
/** `>` / list markers opening one line (`> > - x` is 3). */
export const MAX_LINE_PREFIX_DEPTH = 8;
/** Tags (`<` followed by a letter or /) in one file: components and allowed HTML are a handful. */
export const MAX_TAGS = 300;
/** Emphasis markers (`*`, `_`, `~`) in one file. */
export const MAX_EMPHASIS_MARKERS = 2000;

/** Nesting in the parsed body, per kind: blockquote in blockquote, list in list, emphasis in emphasis, tag in tag. */
export const MAX_NESTING = { blockquote: 3, list: 4, emphasis: 3, element: 4 } as const;
/** Links (inline, reference-style, autolinks, footnote references) plus link definitions in one body. */
export const MAX_LINKS = 60;

/** A data file (content/*.yaml), in bytes: symptoms.yaml, the largest, is 19 KB today. */
export const MAX_DATA_FILE_BYTES = 256 * 1024;
/** A string in a data file that has no schema of its own (the known ones have per-field limits in src/schemas/content.ts). */
export const MAX_DATA_STRING_CHARS = 600;

/*
 * Bounds on what a body produces, not only on what it is. The compiler pads every table row to
 * the header's width: a 10 KB table with a 990-column header and 3,000 one-cell rows became 190 MB
 * of JavaScript and the build ran out of memory; a 3 KB one published a 2 MB page with 200,000
 * cells. So cells are counted as the page will have them (columns of the widest row × rows).
 * Measured on the content of 2 December 2026: no page has a table yet, the largest body has 71
 * nodes, and the largest built page is 31 KB with 354 elements.
 */
/** Columns in one table (a comparison rarely needs more than 4–6). */
export const MAX_TABLE_COLUMNS = 10;
/** Cells in one table, as rendered: columns × rows, header included. */
export const MAX_TABLE_CELLS = 400;
/** Nodes of the parsed body, padded table cells included (largest real body: 71). */
export const MAX_BODY_ELEMENTS = 2000;
/** A built HTML page, in bytes; asserted on every page of the build (largest real page: 31 KB). */
export const MAX_BUILT_PAGE_BYTES = 128 * 1024;
/** Elements of a built HTML page; asserted on every page of the build (largest real page: 354). */
export const MAX_BUILT_PAGE_ELEMENTS = 2500;

// Frontmatter field lengths are zod limits (MAX_FIELD_CHARS in src/schemas/content.ts): the build enforces them too.

/** A finding at a 1-based line of the file. */
type LimitFinding = LineFinding;

/**
 * Problems with the raw text of a content file that must be caught before any parser sees it.
 * At most one finding per rule (the first place), so a hostile file yields a short report.
 */
export function checkSourceLimits(source: string): LimitFinding[] {
  const findings: LimitFinding[] = [];
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    findings.push({ line: 1, message: `文件太大（${Math.ceil(bytes / 1024)} KB，上限 ${MAX_FILE_BYTES / 1024} KB）：把内容拆成几篇文章，用 related 互相关联` });
    return findings; // Do not even scan a huge file line by line.
  }
  const lines = source.split('\n');
  const seen = new Set<string>();
  const first = (rule: string, line: number, message: string) => {
    if (!seen.has(rule)) findings.push({ line, message });
    seen.add(rule);
  };
  let tags = 0;
  let emphasis = 0;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.length > MAX_LINE_CHARS)
      first('line', line, `这一行太长（${text.length} 个字符，上限 ${MAX_LINE_CHARS}）：分成几段，段落之间空一行`);
    // Blank lines do not count (the build blanks the frontmatter out with spaces).
    const indent = /\S/.test(text) ? /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length : 0;
    if (indent > MAX_INDENT_COLUMNS)
      first('indent', line, `行首缩进太深（${indent} 个空格，上限 ${MAX_INDENT_COLUMNS}）：列表最多嵌套 ${MAX_NESTING.list} 层，每层缩进 2–3 个空格`);
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/.exec(text)![0];
    const depth = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (depth > MAX_LINE_PREFIX_DEPTH)
      first('prefix', line, `这一行开头的引用符号 > 或列表符号 - 太多（${depth} 层，上限 ${MAX_LINE_PREFIX_DEPTH}）：引用和列表不要层层嵌套`);
    // A byte-order mark opening the file is how some Windows editors save UTF-8: harmless there.
    const char = forbiddenInLine(index === 0 ? text.replace(/^\ufeff/, '') : text);
    if (char) first(characterKind(char), line, `这一行${forbiddenMessage(char)}`);
    tags += text.match(/<[A-Za-z/]/g)?.length ?? 0;
    if (tags > MAX_TAGS) first('tags', line, `标签太多（超过 ${MAX_TAGS} 个 <…>）：正文请用 Markdown，组件只在需要时使用`);
    emphasis += text.match(/[*_~]/g)?.length ?? 0;
    if (emphasis > MAX_EMPHASIS_MARKERS) first('emphasis', line, `强调符号 * _ ~ 太多（超过 ${MAX_EMPHASIS_MARKERS} 个）：加粗只用在关键的几个词上`);
  });
  return findings;
}
