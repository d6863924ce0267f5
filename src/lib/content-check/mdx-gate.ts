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
import { checkSourceLimits } from './limits.ts';
import { loadAllowedHosts } from './link-policy.ts';
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
  constructor(file: string, findings: Array<{ line: number; message: string }>) {
    super(
      `内容安全检查未通过，构建已停止（没有运行这个文件里的任何代码）：\n` +
        findings.map((f) => `${file}:${f.line}  正文  ${f.message}`).join('\n') +
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
    if (frontmatter && Object.hasOwn(frontmatter, 'layout'))
      throw new ContentGateError(file, [{ line: 1, message: 'frontmatter 里不允许 layout：构建会把它当作代码模块导入' }]);
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
