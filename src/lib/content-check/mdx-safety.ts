/**
 * MDX safety: a contributor's MDX is compiled and run at build time on maintainers' and CI
 * machines, and its output is served to readers. So the body may only be Markdown, a few
 * harmless HTML tags and the project's own components with literal props — no imports, no
 * exports, no JavaScript expressions, no script-capable HTML, no dangerous URLs, no remote images.
 *
 * The parser is the same one @astrojs/mdx uses (micromark's MDX extensions), so what is checked
 * here is what the build would see.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MDX_COMPONENT_NAMES, MDX_COMPONENT_SPECS, type ComponentSpec, type PropSpec } from '../../components/mdx/specs.ts';
import { nearest } from './suggest.ts';

export interface SafetyFinding {
  /** Line within the body, 1-based. */
  line: number;
  message: string;
}

export interface SafetyOptions {
  /** Keys of content/menu-paths.yaml; when given, <MenuPath path="key"> is checked against them. */
  menuPathKeys?: ReadonlySet<string>;
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

const BAD_SCHEMES = ['javascript:', 'vbscript:', 'data:'];
/** Attributes whose value is a URL (checked for schemes); `src`-like ones must also be local. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'cite', 'background', 'srcset', 'data', 'codebase', 'longdesc', 'ping']);
const LOCAL_ONLY_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data']);

const parser = unified().use(remarkParse).use(remarkMdx);

interface Position {
  start?: { line?: number };
}
interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: Position;
  data?: { estree?: Program };
}
interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: Program } };
  position?: Position;
}
interface Program {
  body: Array<{ type: string; expression?: EstreeExpression }>;
}
interface EstreeExpression {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EstreeExpression;
  regex?: unknown;
  bigint?: unknown;
  expressions?: unknown[];
  quasis?: Array<{ value: { cooked?: string | null } }>;
}

export function checkMdxSafety(body: string, options: SafetyOptions = {}): SafetyFinding[] {
  let tree: MdxNode;
  try {
    tree = parser.parse(body) as unknown as MdxNode;
  } catch (error) {
    return [describeSyntaxError(error)];
  }
  const findings: SafetyFinding[] = [];
  const report = (node: { position?: Position } | undefined, message: string, fallback?: { position?: Position }) =>
    findings.push({ line: node?.position?.start?.line ?? fallback?.position?.start?.line ?? 1, message });

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*export\b/.test(String(node.value)) ? 'export' : 'import';
        report(node, `不允许 ${kind} 语句：正文只能写 Markdown 和允许的组件（${MDX_COMPONENT_NAMES.join('、')}），组件不需要 import`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* 注释 */} holds only a comment and compiles to nothing: allowed.
        if (!isCommentOnly(node))
          report(node, '不允许花括号表达式 {…}：它会在构建时运行代码。要显示花括号本身，请写成 \\{ 和 \\}；要写注释，用 {/* 注释 */}');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, options);
        break;
      case 'link':
      case 'definition':
        checkUrl(node.url ?? '', node.type === 'link' ? '链接' : '链接定义', (message) => report(node, message));
        break;
      case 'image':
        checkImageUrl(node.url ?? '', (message) => report(node, message));
        break;
      case 'html':
        // remark-mdx turns HTML into JSX, so this only appears if the parser changes: refuse it outright.
        report(node, '不允许原始 HTML：请改用 Markdown');
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings.sort((a, b) => a.line - b.line);
}

type Report = (node: { position?: Position } | undefined, message: string, fallback?: { position?: Position }) => void;

function checkElement(node: MdxNode, report: Report, options: SafetyOptions): void {
  const name = node.name;
  if (!name) {
    report(node, '不允许空标签 <>…</>：直接写内容即可');
    return;
  }
  const attributes = node.attributes ?? [];
  // Spread attributes {...x} are code whatever the element.
  for (const attribute of attributes)
    if (attribute.type === 'mdxJsxExpressionAttribute') report(attribute, `<${name}> 上不允许 {…} 展开属性：它会在构建时运行代码`, node);

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
function checkAttributes(tag: string, attributes: MdxAttribute[], report: Report, element: MdxNode, allowed: readonly string[] | null): void {
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const attributeName = attribute.name;
    const lower = attributeName.toLowerCase();
    const value = attribute.value;
    if (lower.startsWith('on')) report(attribute, `<${tag}> 上不允许 ${attributeName} 属性：事件属性会运行脚本`, element);
    else if (lower === 'style') report(attribute, `<${tag}> 上不允许 style 属性：样式由网站统一设定`, element);
    else if (value && typeof value === 'object') report(attribute, `<${tag}> 的 ${attributeName} 属性不允许写 {…} 表达式：它会在构建时运行代码，请写成带引号的文字`, element);
    else if (allowed && !allowed.includes(attributeName))
      report(attribute, `<${tag}> 上不允许 ${attributeName} 属性` + (allowed.length ? `（只能用 ${allowed.join('、')}）` : '：这个标签不需要属性'), element);
    if (typeof value === 'string' && URL_ATTRIBUTES.has(lower)) checkAttributeUrl(tag, lower, value, report, attribute, element);
  }
}

function checkComponent(name: keyof typeof MDX_COMPONENT_SPECS, node: MdxNode, report: Report, options: SafetyOptions): void {
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
      report(attribute, `<${name}> 没有 ${propName} 属性` + (guesses.length ? `：是不是想写 ${guesses[0]}？` : '') + `（可用：${known.join('、')}）`, node);
      continue;
    }
    const literal = literalValue(attribute.value);
    if (!literal.ok) {
      report(attribute, `<${name}> 的 ${propName} 属性只能写固定的文字、数字或 true/false，不能写表达式 {…}：它会在构建时运行代码。例如 ${spec.example}`, node);
      continue;
    }
    const value = literal.value;
    if (typeof value !== prop.kind) {
      report(attribute, `<${name}> 的 ${propName} 属性应为${{ string: '带引号的文字', boolean: 'true 或 false', number: '数字' }[prop.kind]}：${prop.hint}`, node);
      continue;
    }
    if (prop.oneOf && !prop.oneOf.includes(String(value))) {
      report(attribute, `<${name}> 的 ${propName} 只能是 ${prop.oneOf.join('、')}（现在是「${String(value)}」）`, node);
      continue;
    }
    if (typeof value === 'string') {
      if (URL_ATTRIBUTES.has(propName.toLowerCase())) checkAttributeUrl(name, propName.toLowerCase(), value, report, attribute, node);
      if (name === 'MenuPath' && propName === 'path') checkMenuPathProp(value, options, (message) => report(attribute, message, node));
    }
  }
  for (const [propName, prop] of Object.entries<PropSpec>(spec.props))
    if (prop.required && !given.has(propName)) report(node, `<${name}> 缺少 ${propName} 属性：${prop.hint}。例如 ${spec.example}`);
  if (!spec.children && (node.children ?? []).length)
    report(node, `<${name}> 不包裹内容：请写成自闭合的 ${spec.example}`);
}

function checkMenuPathProp(value: string, options: SafetyOptions, report: (message: string) => void): void {
  if (value.includes('/')) {
    if (value.split('/').some((segment) => !segment.trim())) report(`菜单路径「${value}」里有空的一级：写成 "我/服务/钱包" 这样，斜杠之间都要有菜单名`);
    return;
  }
  const keys = options.menuPathKeys;
  if (!value.trim()) report('<MenuPath> 的 path 不能为空：例如 "我/服务/钱包" 或 "wallet"');
  else if (keys && !keys.has(value.trim())) {
    const guesses = nearest(value.trim(), keys);
    report(`未知的菜单路径「${value}」` + (guesses.length ? `：是不是想写 ${guesses.join('、')}？` : '') + '（在 content/menu-paths.yaml 里定义，或直接写 "我/服务/钱包"）');
  }
}

/** A literal attribute value: "text", bare (true), {3}, {-1}, {true}, {"text"}, {`text`}. */
function literalValue(value: MdxAttribute['value']): { ok: true; value: string | number | boolean } | { ok: false } {
  if (value === null || value === undefined) return { ok: true, value: true };
  if (typeof value === 'string') return { ok: true, value };
  const program = value.data?.estree;
  if (!program || program.body.length !== 1 || program.body[0].type !== 'ExpressionStatement') return { ok: false };
  const expression = program.body[0].expression;
  if (!expression) return { ok: false };
  if (expression.type === 'Literal' && !expression.regex && !expression.bigint && ['string', 'number', 'boolean'].includes(typeof expression.value))
    return { ok: true, value: expression.value as string | number | boolean };
  if (expression.type === 'UnaryExpression' && expression.operator === '-' && expression.argument?.type === 'Literal' && typeof expression.argument.value === 'number')
    return { ok: true, value: -expression.argument.value };
  if (expression.type === 'TemplateLiteral' && expression.expressions?.length === 0 && expression.quasis?.length === 1 && typeof expression.quasis[0].value.cooked === 'string')
    return { ok: true, value: expression.quasis[0].value.cooked };
  return { ok: false };
}

function isCommentOnly(node: MdxNode): boolean {
  const program = node.data?.estree;
  if (program) return program.body.length === 0;
  // Without an estree (should not happen with remark-mdx), accept only a plain block comment.
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(String(node.value));
}

/**
 * The scheme a browser would see: entities decoded, and tabs, newlines, control characters and
 * spaces removed (browsers ignore them inside a scheme), lower-cased. "JaVa&#x09;Script:" → "javascript:".
 */
export function normalizeUrl(url: string): string {
  let decoded = decodeEntities(url);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Not percent-encoded text: keep as is.
  }
  return decodeEntities(decoded)
    .replace(/[\p{Cc}\u0020\u00ad\u200b-\u200f\u2028\u2029\ufeff]/gu, '')
    .toLowerCase();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', lpar: '(', rpar: ')', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return named[lower] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The dangerous scheme a URL uses, if any. */
export function dangerousScheme(url: string): string | undefined {
  const normalized = normalizeUrl(url);
  return BAD_SCHEMES.find((scheme) => normalized.startsWith(scheme));
}

/** A path on this site: starts with one slash (not //, not /\), no scheme. */
export function isLocalPath(url: string): boolean {
  const normalized = normalizeUrl(url);
  return normalized.startsWith('/') && !normalized.startsWith('//') && !normalized.startsWith('/\\');
}

function schemeMessage(what: string, url: string, scheme: string): string {
  return `${what}「${shorten(url)}」使用了 ${scheme} 网址：这种网址会运行代码或夹带内容，一律不允许。请链接到本站页面（/articles/…）或官方网站（https://…）`;
}

function checkUrl(url: string, what: string, report: (message: string) => void): void {
  const scheme = dangerousScheme(url);
  if (scheme) report(schemeMessage(what, url, scheme));
}

function checkImageUrl(url: string, report: (message: string) => void): void {
  const scheme = dangerousScheme(url);
  if (scheme) report(schemeMessage('图片', url, scheme));
  else if (!isLocalPath(url))
    report(`图片「${shorten(url)}」来自其他网站：图片必须放进本仓库的 public/images/，再写成 ![说明](/images/文件名.png)。外链图片会向别的网站泄露读者的访问`);
}

function checkAttributeUrl(tag: string, attribute: string, url: string, report: Report, node: { position?: Position }, element: MdxNode): void {
  const scheme = dangerousScheme(url);
  if (scheme) report(node, schemeMessage(`<${tag}> 的 ${attribute}`, url, scheme), element);
  else if (LOCAL_ONLY_ATTRIBUTES.has(attribute) && !isLocalPath(url))
    report(node, `<${tag}> 的 ${attribute}「${shorten(url)}」来自其他网站：只能用本站的路径，例如 /images/文件名.png`, element);
}

function shorten(text: string): string {
  const flat = text.replace(/\p{Cc}/gu, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** One Chinese problem for an MDX syntax error, at its line, with a hint for the usual causes. */
function describeSyntaxError(error: unknown): SafetyFinding {
  const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string; ruleId?: string; source?: string };
  const reason = String(e.reason ?? e.message ?? '');
  // Some messages (an unclosed tag at the end of the file) carry their position only in the text: "(3:1-3:10)".
  const positionInText = /\((\d+):\d+(?:-\d+:\d+)?\)\s*$/.exec(reason);
  const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? (positionInText ? Number(positionInText[1]) : 1);
  const cleanReason = reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)\s*$/, '');
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
