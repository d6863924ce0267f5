/**
 * MDX safety: a contributor's MDX is compiled and run at build time on maintainers' and CI
 * machines, and its output is served to readers. So the body may only be Markdown, a few
 * harmless HTML tags and the project's own components with literal props — no imports, no
 * exports, no JavaScript expressions, no script-capable HTML, no links to unofficial or
 * lookalike sites, no remote images.
 *
 * The tree checked here is the build's own: the content check parses with the build's parser
^ * (src/lib/mdx/mdx-parse.ts), and the build runs `checkMdxTree` on the very tree it compiles (src/integrations/content-gate.ts).
 * Every node is visited — footnote definitions, table cells, references and definitions, list
 * items at any depth — with an explicit stack, so no depth of nesting can overflow it.
 */
import { MDX_COMPONENT_NAMES, MDX_COMPONENT_SPECS, type ComponentSpec, type PropSpec } from '../../schemas/mdx-components.ts';
import { dangerousScheme, imageUrlProblem, isLocalPath, linkUrlProblem, shorten, type AllowedHost } from './link-policy.ts';
import { checkSourceLimits, MAX_BODY_ELEMENTS, MAX_LINKS, MAX_NESTING, MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from './limits.ts';
import { parseMdx, type MdAttribute, type MdNode } from '../mdx/mdx-parse.ts';
import type { LineFinding } from './problems.ts';
import { nearest } from './suggest.ts';
import { sitePathProblem } from './public-files.ts';

export { dangerousScheme, isLocalPath, normalizeUrl } from './link-policy.ts';

/** A finding at a 1-based line within the checked text. */
type SafetyFinding = LineFinding;

export interface SafetyOptions {
  /** Keys of content/menu-paths.yaml; when given, <MenuPath path="key"> is checked against them. */
  menuPathKeys?: ReadonlySet<string>;
  /** content/allowed-hosts.yaml; without it every external link is refused. */
  allowedHosts?: readonly AllowedHost[];
  /**
   * The allowed images of public/images/ as site paths (public-files.ts). When given, a link to a
   * site path must be a page of the site or one of these, and a local image one of these.
   */
  assets?: ReadonlySet<string>;
}

/** A link to a page of this site, for the existence check. */
export interface SiteLink {
  url: string;
  line: number;
}

export interface BodyAnalysis {
  findings: SafetyFinding[];
  /** Root-relative link targets (inline, reference-style, <…>), for the content check's existence test. */
  siteLinks: SiteLink[];
  /** The parsed tree, when the body was within limits and parsed. */
  tree?: MdNode;
}

/**
 * Lower-case HTML allowed in a body: inline text semantics with no way to load or run anything.
 * Everything else (script, iframe, img, a, svg, form, style, …) is rejected; Markdown covers links and images.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  br: [],
  kbd: [],
  sup: [],
  sub: [],
  mark: [],
  small: [],
  del: [],
  ins: [],
  abbr: ['title'],
  details: ['open'],
  summary: [],
};

/** Elements worth a specific explanation when someone tries them. */
const DANGEROUS_HTML: Readonly<Record<string, string>> = {
  script: '可以运行脚本',
  iframe: '会嵌入其他网站的页面',
  frame: '会嵌入其他网站的页面',
  object: '会加载外部插件或文件',
  embed: '会加载外部插件或文件',
  applet: '会加载外部插件',
  style: '会改写整个网站的样式',
  link: '会加载外部文件',
  meta: '会改写页面的设置（例如跳转到其他网站）',
  base: '会改写页面上所有链接的去向',
  form: '会把读者填写的内容发到别处',
  input: '是表单控件，可能被用来骗取信息',
  button: '是表单控件，可能被用来骗取信息',
  textarea: '是表单控件，可能被用来骗取信息',
  select: '是表单控件，可能被用来骗取信息',
  svg: '可以携带脚本',
  math: '可以被用来绕过安全过滤',
  img: '可能加载其他网站的图片',
  video: '可能加载其他网站的内容',
  audio: '可能加载其他网站的内容',
  source: '可能加载其他网站的内容',
  template: '可以藏匿脚本',
  portal: '会嵌入其他网站的页面',
};

/** Attributes whose value is a URL; `src`-like ones must also be local. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'cite', 'background', 'srcset', 'data', 'codebase', 'longdesc', 'ping']);
const LOCAL_ONLY_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data']);
const EMPHASIS = new Set(['emphasis', 'strong', 'delete']);
const ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

const NESTING_MESSAGES: Record<keyof typeof MAX_NESTING, string> = {
  blockquote: `引用 > 嵌套太深（上限 ${MAX_NESTING.blockquote} 层）：把引用的内容直接写成段落`,
  list: `列表嵌套太深（上限 ${MAX_NESTING.list} 层）：把深层的内容拆成新的小标题和列表`,
  emphasis: `强调（* _ ~~）嵌套太深（上限 ${MAX_NESTING.emphasis} 层）：加粗或斜体不要层层套用`,
  element: `组件或标签嵌套太深（上限 ${MAX_NESTING.element} 层）：不要把标签层层套在一起`,
};

/**
 * Checks a body (or a whole file whose frontmatter is blanked out: lines stay file lines):
 * raw-text limits first, then the build's parse, then every node of the tree.
 */
export function analyzeBody(content: string, options: SafetyOptions = {}): BodyAnalysis {
  const limits = checkSourceLimits(content);
  if (limits.length) return { findings: limits, siteLinks: [] };
  const parsed = parseMdx(content);
  if ('error' in parsed) return { findings: [describeSyntaxError(parsed.error)], siteLinks: [] };
  return { ...checkMdxTree(parsed.tree, options), tree: parsed.tree };
}

/** The findings of analyzeBody, for callers that need nothing else. */
export function checkMdxSafety(body: string, options: SafetyOptions = {}): SafetyFinding[] {
  return analyzeBody(body, options).findings;
}

/** Every rule that needs the parsed tree. Shared by the content check and the build's gate. */
export function checkMdxTree(tree: MdNode, options: SafetyOptions = {}): { findings: SafetyFinding[]; siteLinks: SiteLink[] } {
  const findings: SafetyFinding[] = [];
  const siteLinks: SiteLink[] = [];
  const hosts = options.allowedHosts ?? [];
  const lineOf = (node: MdNode | undefined) => node?.position?.start.line ?? 1;
  const report: Report = (node, message) => findings.push({ line: lineOf(node), message });

  // Pass 1: definitions, and which of them images use (those must be local files).
  const definitions = new Map<string, MdNode>();
  const usedByImages = new Set<string>();
  const all: MdNode[] = [];
  const stack: Array<{ node: MdNode; depth: Record<keyof typeof MAX_NESTING, number> }> = [{ node: tree, depth: { blockquote: 0, list: 0, emphasis: 0, element: 0 } }];
  const nestingReported = new Set<string>();
  // What the page will hold: every node, plus the cells the compiler adds to pad short table rows.
  let elements = 0;
  let elementsReported = false;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    all.push(node);
    elements++;
    if (node.type === 'table') {
      const bounds = tableBounds(node);
      const tooBig = bounds.columns > MAX_TABLE_COLUMNS || bounds.cells > MAX_TABLE_CELLS;
      // A table already refused says why; its padding would only add "too many elements".
      if (!tooBig) elements += bounds.padding;
      if (bounds.columns > MAX_TABLE_COLUMNS)
        report(node, `表格的列太多（${bounds.columns} 列，上限 ${MAX_TABLE_COLUMNS} 列）：在手机上看不全。请拆成几个小表格，或改成列表`);
      else if (bounds.cells > MAX_TABLE_CELLS)
        report(node, `表格太大（${bounds.columns} 列 × ${bounds.rows} 行 = ${bounds.cells} 个单元格，上限 ${MAX_TABLE_CELLS} 个；每一行都会补齐到表头的列数）：请拆成几个小表格，或改成列表`);
    }
    if (elements > MAX_BODY_ELEMENTS && !elementsReported) {
      elementsReported = true;
      report(node, `正文的元素太多（超过 ${MAX_BODY_ELEMENTS} 个段落、列表项、单元格等）：页面会太大、在手机上打不开。请把内容拆成几篇文章`);
    }
    const next = { ...depth };
    if (node.type === 'blockquote') next.blockquote++;
    else if (node.type === 'list') next.list++;
    else if (EMPHASIS.has(node.type)) next.emphasis++;
    else if (ELEMENTS.has(node.type)) next.element++;
    for (const kind of Object.keys(MAX_NESTING) as Array<keyof typeof MAX_NESTING>) {
      if (next[kind] > MAX_NESTING[kind] && !nestingReported.has(kind)) {
        nestingReported.add(kind);
        report(node, NESTING_MESSAGES[kind]);
      }
    }
    if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if (node.type === 'imageReference' && node.identifier) usedByImages.add(node.identifier);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: next });
  }
  if (nestingReported.size || findings.length) return { findings: findings.sort((a, b) => a.line - b.line), siteLinks };

  let links = 0;
  const countLink = (node: MdNode) => {
    if (++links === MAX_LINKS + 1) report(node, `链接太多（超过 ${MAX_LINKS} 个）：一篇文章只链接最相关的页面和官方来源`);
  };
  const checkLink = (node: MdNode, url: string, what: string) => {
    const problem = linkUrlProblem(url, hosts, what) ?? (options.assets && isLocalPath(url) ? sitePathProblem(url, options.assets, what) : undefined);
    if (problem) report(node, problem);
    else if (isLocalPath(url)) siteLinks.push({ url, line: lineOf(node) });
  };
  const imageProblem = (url: string) => imageUrlProblem(url) ?? (options.assets ? localImageProblem(url, options.assets) : undefined);

  for (const node of all) {
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*export\b/.test(String(node.value)) ? 'export' : 'import';
        report(node, `不允许 ${kind} 语句：正文只能写 Markdown 和允许的组件（${MDX_COMPONENT_NAMES.join('、')}），组件不需要 import`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* 注释 */} holds only a comment and compiles to nothing: allowed.
        if (!isCommentOnly(typeof node.value === 'string' ? node.value : ''))
          report(node, '不允许花括号表达式 {…}：它会在构建时运行代码。要显示花括号本身，请写成 \\{ 和 \\}；要写注释，用 {/* 注释 */}');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, options);
        break;
      case 'link':
        countLink(node);
        checkLink(node, node.url ?? '', '链接');
        break;
      case 'linkReference':
      case 'footnoteReference':
        countLink(node);
        break;
      case 'heading': {
        const problem = headingIdProblem(node);
        if (problem) report(node, problem);
        break;
      }
      case 'definition':
        countLink(node);
        if (!usedByImages.has(node.identifier ?? '')) checkLink(node, node.url ?? '', '链接定义');
        else {
          const problem = imageProblem(node.url ?? '');
          if (problem) report(node, `${problem}（这个链接定义被图片 ![…][${node.label ?? node.identifier}] 使用）`);
        }
        break;
      case 'image': {
        const problem = imageProblem(node.url ?? '');
        if (problem) report(node, problem);
        break;
      }
      case 'imageReference':
        if (!definitions.has(node.identifier ?? '')) report(node, `图片 ![…][${node.label ?? node.identifier}] 找不到对应的链接定义：请直接写成 ![说明](/images/文件名.png)`);
        break;
      case 'html':
        // MDX turns HTML into JSX, so this only appears if the parser changes: refuse it outright.
        report(node, '不允许原始 HTML：请改用 Markdown');
        break;
    }
  }
  return { findings: findings.sort((a, b) => a.line - b.line), siteLinks };
}

type Report = (node: MdNode | undefined, message: string) => void;

/** A local image must be one of the allowed files of public/images/. */
function localImageProblem(url: string, assets: ReadonlySet<string>): string | undefined {
  if (!/^\/images\//.test(url)) return `图片「${shorten(url)}」不在 /images/ 下：图片请放进 public/images/，再写成 ![说明](/images/文件名.png)`;
  return sitePathProblem(url, assets, '图片');
}

/** Columns (the widest row: the compiler pads every row to it), rows, rendered cells, and cells added by padding. */
export function tableBounds(table: MdNode): { columns: number; rows: number; cells: number; padding: number } {
  const rows = table.children ?? [];
  let columns = 0;
  let written = 0;
  for (const row of rows) {
    const count = row.children?.length ?? 0;
    written += count;
    if (count > columns) columns = count;
  }
  return { columns, rows: rows.length, cells: columns * rows.length, padding: columns * rows.length - written };
}

/**
 * Ids the page itself gives its parts (layout, answer box, troubleshooter, steps, sources, FAQ
 * list). A body heading with one of them would duplicate the id, and `## cause-official` could
 * pose as a troubleshooter choice and take the reader away from the real causes.
 */
export const PAGE_IDS: readonly string[] = [
  'main', 'answer', 'which', 'causes', 'steps', 'steps-list', 'sources', 'related', 'safety', 'others', 'not-solved',
  'independent', 'contribute', 'faq', 'articles', 'symptoms', 'footnote-label',
];
/** Prefixes of generated ids: causes, sources, categories, FAQ entries, search widgets, footnotes. */
export const PAGE_ID_PREFIXES: readonly string[] = ['cause-', 'source-', 'cat-', 'faq-', 'search-', 'site-search', 'user-content-', 'fn-', 'fnref'];

/** The id the build gives a heading (github-slugger: lower case, punctuation dropped, spaces to -). */
export function headingSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  return (node.children ?? []).map(plainText).join('');
}

function headingIdProblem(heading: MdNode): string | undefined {
  const slug = headingSlug(plainText(heading));
  const taken = PAGE_IDS.includes(slug) || PAGE_ID_PREFIXES.some((prefix) => slug.startsWith(prefix));
  if (!taken) return undefined;
  return `小标题「${shorten(plainText(heading))}」的锚点 #${slug} 和页面自己的部分重名（${PAGE_IDS.slice(0, 6).join('、')}、cause-… 等）：链接会跳错地方，还可能冒充排查选项。请换一个说法，用中文写小标题`;
}

function checkElement(node: MdNode, report: Report, options: SafetyOptions): void {
  const name = node.name;
  if (!name) {
    report(node, '不允许空标签 <>…</>：直接写内容即可');
    return;
  }
  const attributes = node.attributes ?? [];
  // Spread attributes {...x} are code whatever the element.
  for (const attribute of attributes)
    if (attribute.type === 'mdxJsxExpressionAttribute') report(node, `<${name}> 上不允许 {…} 展开属性：它会在构建时运行代码`);

  if (Object.hasOwn(MDX_COMPONENT_SPECS, name)) {
    checkComponent(name as keyof typeof MDX_COMPONENT_SPECS, node, report, options);
    return;
  }
  if (/^[a-z][a-z0-9]*$/.test(name) && !Object.hasOwn(ALLOWED_HTML, name)) {
    const why = DANGEROUS_HTML[name];
    const alternative = ['img', 'video', 'audio', 'source'].includes(name)
      ? '图片请用 Markdown：![说明](/images/文件名.png)'
      : name === 'a'
        ? '链接请用 Markdown：[文字](/articles/xxx/)'
        : `可以用的 HTML 标签只有 ${Object.keys(ALLOWED_HTML).join('、')}`;
    report(node, `不允许 <${name}> 标签${why ? `：它${why}` : ''}。${alternative}`);
    checkAttributes(name, attributes, report, node, null);
    return;
  }
  if (/^[a-z][a-z0-9]*$/.test(name)) {
    checkAttributes(name, attributes, report, node, ALLOWED_HTML[name]);
    return;
  }
  const guesses = nearest(name, MDX_COMPONENT_NAMES);
  report(
    node,
    `未知的组件 <${name}>` +
      (guesses.length ? `：是不是想写 <${guesses[0]}>？` : '：') +
      `可用的组件只有 ${MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join('、')}（见 CONTRIBUTING.md）`,
  );
  checkAttributes(name, attributes, report, node, null);
}

/** Attributes of lower-case HTML: no code, no event handlers, no styles, only the tag's harmless attributes. */
function checkAttributes(tag: string, attributes: MdAttribute[], report: Report, element: MdNode, allowed: readonly string[] | null): void {
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const attributeName = attribute.name;
    const lower = attributeName.toLowerCase();
    const value = attribute.value;
    if (lower.startsWith('on')) report(element, `<${tag}> 上不允许 ${attributeName} 属性：事件属性会运行脚本`);
    else if (lower === 'style') report(element, `<${tag}> 上不允许 style 属性：样式由网站统一设定`);
    else if (value && typeof value === 'object') report(element, `<${tag}> 的 ${attributeName} 属性不允许写 {…} 表达式：它会在构建时运行代码，请写成带引号的文字`);
    else if (allowed && !allowed.includes(attributeName))
      report(element, `<${tag}> 上不允许 ${attributeName} 属性` + (allowed.length ? `（只能用 ${allowed.join('、')}）` : '：这个标签不需要属性'));
    if (typeof value === 'string' && URL_ATTRIBUTES.has(lower)) checkAttributeUrl(tag, lower, value, report, element);
  }
}

function checkComponent(name: keyof typeof MDX_COMPONENT_SPECS, node: MdNode, report: Report, options: SafetyOptions): void {
  const spec: ComponentSpec = MDX_COMPONENT_SPECS[name];
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const propName = attribute.name;
    given.add(propName);
    const prop: PropSpec | undefined = Object.hasOwn(spec.props, propName) ? spec.props[propName] : undefined;
    if (!prop) {
      const known = Object.keys(spec.props);
      const guesses = nearest(propName, known);
      report(node, `<${name}> 没有 ${propName} 属性` + (guesses.length ? `：是不是想写 ${guesses[0]}？` : '') + `（可用：${known.join('、')}）`);
      continue;
    }
    const literal = literalValue(attribute.value);
    if (!literal.ok) {
      report(node, `<${name}> 的 ${propName} 属性只能写固定的文字、数字或 true/false，不能写表达式 {…}：它会在构建时运行代码。例如 ${spec.example}`);
      continue;
    }
    const value = literal.value;
    if (typeof value !== prop.kind) {
      report(node, `<${name}> 的 ${propName} 属性应为${{ string: '带引号的文字', boolean: 'true 或 false', number: '数字' }[prop.kind]}：${prop.hint}`);
      continue;
    }
    if (prop.oneOf && !prop.oneOf.includes(String(value))) {
      report(node, `<${name}> 的 ${propName} 只能是 ${prop.oneOf.join('、')}（现在是「${String(value)}」）`);
      continue;
    }
    if (typeof value === 'string') {
      if (URL_ATTRIBUTES.has(propName.toLowerCase())) checkAttributeUrl(name, propName.toLowerCase(), value, report, node);
      if (name === 'MenuPath' && propName === 'path') checkMenuPathProp(value, options, (message) => report(node, message));
    }
  }
  for (const [propName, prop] of Object.entries<PropSpec>(spec.props))
    if (prop.required && !given.has(propName)) report(node, `<${name}> 缺少 ${propName} 属性：${prop.hint}。例如 ${spec.example}`);
  if (!spec.children && (node.children ?? []).length)
    report(node, `<${name}> 不包裹内容：请写成自闭合的 ${spec.example}`);
}

function checkMenuPathProp(value: string, options: SafetyOptions, report: (message: string) => void): void {
  const key = value.trim();
  if (!key) return report('<MenuPath> 的 path 不能为空：写 content/menu-paths.yaml 里的键，例如 "wallet"');
  if (!/^[a-z][a-z0-9-]*$/.test(key))
    return report(`<MenuPath path="${value}">：菜单路径只能写 content/menu-paths.yaml 里的键（例如 "wallet"），不能直接写菜单名。请在 menu-paths.yaml 里加一个键，写上 steps 和 basis（依据）`);
  const keys = options.menuPathKeys;
  if (keys && !keys.has(key)) {
    const guesses = nearest(key, keys);
    report(`未知的菜单路径「${value}」` + (guesses.length ? `：是不是想写 ${guesses.join('、')}？` : '') + '（在 content/menu-paths.yaml 里定义，写上 steps 和 basis）');
  }
}

/**
 * A literal attribute value: "text", bare (true), {3}, {-1}, {true}, {"text"}, {'text'}, {`text`}.
 * Sätteri keeps an expression as its source text; anything but one literal is code.
 */
function literalValue(value: MdAttribute['value']): { ok: true; value: string | number | boolean } | { ok: false } {
  if (value === null || value === undefined) return { ok: true, value: true };
  if (typeof value === 'string') return { ok: true, value };
  const source = value.value.trim();
  if (source === 'true' || source === 'false') return { ok: true, value: source === 'true' };
  if (/^-?(?:\d+\.?\d*|\.\d+)$/.test(source)) return { ok: true, value: Number(source) };
  if (/^"(?:[^"\\\n]|\\.)*"$/.test(source)) {
    try {
      return { ok: true, value: JSON.parse(source) as string };
    } catch {
      return { ok: false };
    }
  }
  if (/^'[^'\\\n]*'$/.test(source) || /^`[^`\\$]*`$/.test(source)) return { ok: true, value: source.slice(1, -1) };
  return { ok: false };
}

/** `{/* … *\/}`: one block comment and nothing else compiles to nothing. */
function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

function schemeMessage(what: string, url: string, scheme: string): string {
  return `${what}「${shorten(url)}」使用了 ${scheme} 网址：这种网址会运行代码或夹带内容，一律不允许。请链接到本站页面（/articles/…）或官方网站（https://…）`;
}

function checkAttributeUrl(tag: string, attribute: string, url: string, report: Report, element: MdNode): void {
  const scheme = dangerousScheme(url);
  if (scheme) report(element, schemeMessage(`<${tag}> 的 ${attribute}`, url, scheme));
  else if (LOCAL_ONLY_ATTRIBUTES.has(attribute) && !isLocalPath(url))
    report(element, `<${tag}> 的 ${attribute}「${shorten(url)}」来自其他网站：只能用本站的路径，例如 /images/文件名.png`);
}

/** One Chinese problem for an MDX syntax error, at its line, with a hint for the usual causes. */
function describeSyntaxError(error: { line: number; reason: string }): SafetyFinding {
  const reason = error.reason;
  // Some messages (an unclosed tag at the end of the file) carry their position only in the text: "(3:1-3:10)".
  const positionInText = /\((\d+):\d+(?:-\d+:\d+)?\)\s*$/.exec(reason);
  const line = positionInText && error.line === 1 ? Number(positionInText[1]) : error.line;
  const cleanReason = reason.replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '').replace(/\s*\(\d+:\d+(-\d+:\d+)?\)\s*$/, '');
  const hints: Array<[RegExp, string]> = [
    [/to create a comment in MDX/, 'MDX 不支持 HTML 注释 <!-- -->：请改成 {/* 注释 */}，或直接删掉'],
    [/closing tag/i, '标签没有正确闭合：<Callout …> 要有对应的 </Callout>，自闭合组件要写成 <MenuPath … />'],
    [/expression|acorn|brace/i, '花括号 { } 在 MDX 里有特殊含义：要显示花括号本身，请写成 \\{ 和 \\}'],
    [/attribute/i, '标签的属性没写完整：属性要写成 名字="文字"，标签要以 > 或 /> 结束'],
    [/character|name|tag/i, '尖括号 < 在 MDX 里表示标签：要显示小于号，请写成 \\< 或 &lt;'],
  ];
  const hint = hints.find(([pattern]) => pattern.test(cleanReason))?.[1];
  return {
    line,
    message: hint
      ? `MDX 语法错误：${hint}`
      : `MDX 语法错误：检查这一行的 < > { } 是否成对；要显示这些符号本身，请在前面加反斜杠 \\（解析器提示：${cleanReason}）`,
  };
}
