/**
 * One quotation-mark style across content: corner brackets 「」, nested 『』 (the house style,
 * CONTRIBUTING.md). Curly quotes “” ‘’ and straight "…" used as Chinese quotes in prose are
 * reported with their line, and `npm run fix:content` turns them into corner brackets.
 *
 * The body is parsed with the same MDX parser as the build, so only prose is touched: never code,
 * URLs or the literal quotes that delimit a JSX attribute.
 */
import { parseMdx, type MdNode } from '../mdx/mdx-parse.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const CURLY = /[“”‘’]/;

/**
 * A straight "…" pair is a Chinese quotation when its content or a neighbouring character is
 * Chinese (「确认"提现"」, "免密支付"); "ok" in an English phrase is left alone.
 */
function straightToCurly(text: string): string {
  return text.replace(/"([^"\n]*)"/g, (whole, inner: string, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + whole.length] ?? '';
    return CJK.test(inner) || CJK.test(before) || CJK.test(after) ? `“${inner}”` : whole;
  });
}

/**
 * Converts the quotation marks of one piece of prose to 「」/『』, choosing the nested form from
 * the depth, so “他说‘好’” becomes 「他说『好』」. A closing mark without an opening one is left as
 * written (the check still reports it, for a person to fix). `open` carries the marks still open
 * from the previous piece of the same paragraph (a quote around **bold** spans two text nodes).
 */
export function toCornerQuotes(text: string, open: string[] = []): string {
  // Single curly quotes: only as a pair, so an apostrophe in English (WeChat’s) stays.
  const normalised = straightToCurly(text).replace(/‘([^‘’\n]*)’/g, '“$1”');
  let out = '';
  for (const char of normalised) {
    if (char === '「' || char === '『') {
      open.push(char);
      out += char;
    } else if (char === '」' || char === '』') {
      open.pop();
      out += char;
    } else if (char === '“') {
      const mark = open.length % 2 === 0 ? '「' : '『';
      open.push(mark);
      out += mark;
    } else if (char === '”' && open.length) {
      out += open.pop() === '「' ? '」' : '』';
    } else out += char;
  }
  return out;
}

export interface QuoteFinding {
  /** Line within the given text, 1-based. */
  line: number;
  /** The prose as written. */
  old: string;
  /** The same prose with corner brackets. */
  fixed: string;
}

/** True when this prose uses a quotation style other than 「」. */
function hasForeignQuotes(text: string): boolean {
  return CURLY.test(text) || toCornerQuotes(text) !== text;
}

/** Checks one frontmatter or YAML string. */
export function lintQuotesInText(text: string): QuoteFinding | undefined {
  return hasForeignQuotes(text) ? { line: 1, old: text, fixed: toCornerQuotes(text) } : undefined;
}

type MdxNode = MdNode & { position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } } };

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

interface Prose {
  /** Text nodes by their source range, with the paragraph (block) they belong to. */
  ranges: Array<{ start: number; end: number; line: number; block: number }>;
  /** Literal string props of MDX components (<Callout title="…">), which are prose too. */
  props: Array<{ text: string; line: number }>;
}

/** The prose of a Markdown body, from one parse. */
function proseOf(body: string): Prose {
  const prose: Prose = { ranges: [], props: [] };
  const parsed = parseMdx(body);
  if ('error' in parsed) return prose; // a syntax error is reported by the MDX safety check
  const tree = parsed.tree as MdxNode;
  let blocks = 0;
  const visit = (node: MdxNode, block: number) => {
    const pos = node.position;
    if (node.type === 'text' && pos?.start.offset !== undefined && pos.end.offset !== undefined)
      prose.ranges.push({ start: pos.start.offset, end: pos.end.offset, line: pos.start.line, block });
    for (const attribute of node.attributes ?? [])
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
        prose.props.push({ text: attribute.value, line: pos?.start.line ?? 1 });
    const inner = BLOCKS.has(node.type) ? ++blocks : block;
    for (const child of node.children ?? []) visit(child, inner);
  };
  visit(tree, 0);
  return prose;
}

/** Every line of the body whose prose uses “” ‘’ or straight "…" as Chinese quotes. */
export function lintQuotesInMarkdown(body: string): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  const { ranges, props } = proseOf(body);
  for (const { start, end, line } of ranges) {
    const raw = body.slice(start, end);
    raw.split('\n').forEach((text, i) => {
      if (hasForeignQuotes(text)) findings.push({ line: line + i, old: text, fixed: toCornerQuotes(text) });
    });
  }
  for (const { text, line } of props)
    if (CURLY.test(text)) findings.push({ line, old: text, fixed: toCornerQuotes(text) });
  // One finding per line, in order: a line split into several text nodes (by **bold** or a link) reports once.
  const byLine = new Map<number, QuoteFinding>();
  for (const finding of findings) if (!byLine.has(finding.line)) byLine.set(finding.line, finding);
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** Converts the quotes of the body's prose (text nodes only), leaving code, URLs and JSX alone. */
export function fixQuotesInMarkdown(body: string): string {
  const { ranges } = proseOf(body);
  // Convert in reading order, sharing the open marks within a paragraph...
  const open = new Map<number, string[]>();
  const fixed = ranges.map(({ start, end, block }) => {
    if (!open.has(block)) open.set(block, []);
    return toCornerQuotes(body.slice(start, end), open.get(block));
  });
  // ...then splice from the end so earlier offsets stay valid.
  let out = body;
  for (let i = ranges.length - 1; i >= 0; i--) out = out.slice(0, ranges[i].start) + fixed[i] + out.slice(ranges[i].end);
  return out;
}

export function describeQuoteFinding(finding: QuoteFinding): string {
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
  return `引号：本站统一用「」（引号里再套引号用『』），不用 “” ‘’ 或英文直引号。应改为：${clip(finding.fixed.trim())}（运行 npm run fix:content 可自动转换）`;
}
