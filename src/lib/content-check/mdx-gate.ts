/**
 * The build's own gate. `astro build` alone — without `npm run check:content` first — must never
 * run code from content or publish what the check refuses. This is a Sätteri mdast plugin,
 * registered in astro.config.mjs for the MDX pipeline; it runs the same rules as the content
 * check on the very tree the compiler is about to turn into JavaScript, and fails the build with
 * `file:line` on the first file that breaks one:
 *  - once per build (contentGate): the allowlist of hosts (its schema) and every file under
 *    public/ (public-files.ts: images only, the project's own files listed by name);
 *  - before parsing (plugin factory): the raw-text limits (size, line length, nesting markers,
 *    the character rule), and in the decoded frontmatter a `layout` (Astro would import it as a
 *    module), unofficial sources and the character rule (characters.ts);
 *  - on the parsed tree (`before` hook): ESM, expressions, components and HTML, URLs, images,
 *    site paths (a page or an allowed image), nesting depth, links, table size, elements,
 *    heading ids.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { forbiddenInValue, forbiddenMessage } from './characters.ts';
import { checkSourceLimits } from './limits.ts';
import { checkPublicFiles } from './public-files.ts';
import { externalUrlProblem, loadAllowedHosts, type AllowedHost } from './link-policy.ts';
import type { MdNode } from './mdx-parse.ts';
import { checkMdxTree } from './mdx-safety.ts';

export interface GateOptions {
  /** The content root whose content/allowed-hosts.yaml applies (KB_CONTENT_ROOT or the repository). */
  contentRoot: string;
  /** The project root whose public/ the build copies (Astro's publicDir is <root>/public). */
  projectRoot?: string;
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
  const publicFiles = checkPublicFiles(options.projectRoot ?? process.cwd());
  if (publicFiles.findings.length)
    throw new Error(
      `public/ 里有不允许发布的文件，构建已停止：\n` + publicFiles.findings.map((f) => `${f.file}:1  -  ${f.message}`).join('\n') + '\n请先运行 npm run check:content 查看并修改所有问题。',
    );
  const assets = publicFiles.assets;
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
        const { findings } = checkMdxTree(root as unknown as MdNode, { allowedHosts, assets });
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
      const char = forbiddenInValue(value);
      if (char) problems.push(`${path.slice(1)}：${forbiddenMessage(char)}`);
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [key, child] of Object.entries(value)) strings.push([`${path}.${key}`, child]);
    }
  }
  return problems;
}
