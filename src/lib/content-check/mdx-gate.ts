/**
 * The build's own gate. `astro build` alone — without `npm run check:content` first — must never
 * run code from content or publish what the check refuses. This is a Sätteri mdast plugin,
 * registered in astro.config.mjs for the MDX pipeline; it runs the same rules as the content
 * check on the very tree the compiler is about to turn into JavaScript, and fails the build with
 * `file:line` on the first file that breaks one:
 *  - before parsing (plugin factory): the raw-text limits (size, line length, nesting markers,
 *    invisible characters), and a frontmatter `layout` (Astro would import it as a module);
 *  - on the parsed tree (`before` hook): ESM, expressions, components and HTML, URLs, images,
 *    nesting depth, number of links.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { BIDI_CONTROLS, checkSourceLimits, INVISIBLE_CHARS } from './limits.ts';
import { externalUrlProblem, loadAllowedHosts, type AllowedHost } from './link-policy.ts';
import type { MdNode } from './mdx-parse.ts';
import { checkMdxTree } from './mdx-safety.ts';

export interface GateOptions {
  /** The content root whose content/allowed-hosts.yaml applies (KB_CONTENT_ROOT or the repository). */
  contentRoot: string;
}

/** Thrown to stop the build: Astro prints the message and the file position. */
export class ContentGateError extends Error {
  line: number;
  column = 1;
  constructor(file: string, findings: Array<{ line: number; message: string; field?: string }>) {
    super(
      `内容安全检查未通过，构建已停止（没有运行这个文件里的任何代码）：\n` +
        findings.map((f) => `${file}:${f.line}  ${f.field ?? '正文'}  ${f.message}`).join('\n') +
        '\n请先运行 npm run check:content 查看并修改所有问题。',
    );
    this.name = 'ContentGateError';
    this.line = findings[0]?.line ?? 1;
  }
}

export function contentGate(options: GateOptions): MdastPluginEntry {
  const allowedHosts = loadAllowedHosts(options.contentRoot);
  return (context: PluginFactoryContext) => {
    const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : '(MDX)';
    const limits = checkSourceLimits(context.source);
    if (limits.length) throw new ContentGateError(file, limits);
    const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const frontmatterProblems = checkFrontmatter(frontmatter ?? {}, allowedHosts);
    if (frontmatterProblems.length) throw new ContentGateError(file, frontmatterProblems.map((message) => ({ line: 1, field: 'frontmatter', message })));
    return {
      name: 'content-gate',
      options: { position: true },
      before(root) {
        const { findings } = checkMdxTree(root as unknown as MdNode, { allowedHosts });
        if (findings.length) throw new ContentGateError(file, findings);
      },
    };
  };
}

/**
 * What the schema the build validates with does not cover: a `layout` (Astro would import it as a
 * module), sources on unofficial hosts, invisible or direction-changing characters in any field.
 * The frontmatter is blanked out of the text the gate sees, so these are reported at line 1 with the field.
 */
function checkFrontmatter(frontmatter: Record<string, unknown>, allowedHosts: readonly AllowedHost[]): string[] {
  const problems: string[] = [];
  if (Object.hasOwn(frontmatter, 'layout')) problems.push('frontmatter 里不允许 layout：构建会把它当作代码模块导入');
  const sources = Array.isArray(frontmatter.sources) ? frontmatter.sources : [];
  sources.forEach((source: { url?: unknown }, i) => {
    const problem = typeof source?.url === 'string' ? externalUrlProblem(source.url, '来源链接', allowedHosts) : undefined;
    if (problem) problems.push(`sources.${i}.url：${problem}`);
  });
  // Each object once: YAML aliases share objects, and a "billion laughs" bomb must not expand here.
  const seen = new Set<object>();
  const strings: Array<[string, unknown]> = [['', frontmatter]];
  while (strings.length) {
    const [path, value] = strings.pop()!;
    if (typeof value === 'string') {
      if (BIDI_CONTROLS.test(value) || INVISIBLE_CHARS.test(value)) problems.push(`${path.slice(1)}：有改变文字方向的隐藏字符或零宽字符，请删掉`);
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [key, child] of Object.entries(value)) strings.push([`${path}.${key}`, child]);
    }
  }
  return problems;
}
