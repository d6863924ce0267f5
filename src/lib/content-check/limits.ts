/**
 * Limits that keep hostile or broken content from crashing or stalling the check and the build.
 * Parsers and renderers recurse: 10,000 nested `>` or `- ` or `<sup>` blew the stack, nested
 * emphasis segfaulted the MDX compiler, a 1,000-level indented list took 41 s, a 1 MB line made
 * the search indexer run for minutes. Real articles stay far below every number here
 * (CONTRIBUTING.md lists them). `checkSourceLimits` runs on the raw text BEFORE anything parses it;
 * the nesting and link limits are checked on the parsed tree (mdx-safety.ts).
 */

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
/** Links (inline, reference-style, autolinks) plus link definitions in one body. */
export const MAX_LINKS = 60;

// Frontmatter field lengths are zod limits (MAX_FIELD_CHARS in src/schemas/content.ts): the build enforces them too.

export interface LimitFinding {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** Bidirectional overrides and isolates: they make text read differently from what it is. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
/** Zero-width and invisible characters: they make two titles look the same and defeat searching. */
export const INVISIBLE_CHARS = /[\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u180e]/;

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
    if (BIDI_CONTROLS.test(text))
      first('bidi', line, '这一行有改变文字方向的隐藏字符（如 U+202E）：它会让文字显示得和实际内容不同，请删掉（编辑器里可能看不见，可以重新输入这一行）');
    // A byte-order mark opening the file is how some Windows editors save UTF-8: harmless there.
    if (INVISIBLE_CHARS.test(index === 0 ? text.replace(/^\ufeff/, '') : text))
      first('invisible', line, '这一行有零宽字符等看不见的字符（如 U+200B）：它会让两个标题看起来一样、让搜索找不到，请删掉（可以重新输入这一行）');
    tags += text.match(/<[A-Za-z/]/g)?.length ?? 0;
    if (tags > MAX_TAGS) first('tags', line, `标签太多（超过 ${MAX_TAGS} 个 <…>）：正文请用 Markdown，组件只在需要时使用`);
    emphasis += text.match(/[*_~]/g)?.length ?? 0;
    if (emphasis > MAX_EMPHASIS_MARKERS) first('emphasis', line, `强调符号 * _ ~ 太多（超过 ${MAX_EMPHASIS_MARKERS} 个）：加粗只用在关键的几个词上`);
  });
  return findings;
}
