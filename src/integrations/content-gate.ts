/**
 * The build's own gate. `astro build` alone — without `npm run check:content` first — must never
 * run code from content or publish what the check refuses. This is a Sätteri mdast plugin,
 * registered by the kb integration (index.ts) for the MDX pipeline; it runs the content-check rules
 * that declare a `gate` (src/lib/content-check/rules/) on the very tree the compiler is about to
 * turn into JavaScript, and fails the build with `file:line` on the first file that breaks one:
 *  - once per build: the allowlist of hosts (its schema) and the rules of stage `build` (public-files:
 *    images only, the project's own files listed by name);
 *  - before parsing (stage `source`): the raw-text limits (size, line length, nesting markers, the
 *    character rule); then (stage `frontmatter`) in the decoded frontmatter a `layout`, unofficial
 *    sources and the character rule;
 *  - on the parsed tree (stage `tree`, the `before` hook): ESM, expressions, components and HTML,
 *    URLs, images, site paths (a page or an allowed image), nesting depth, links, table size,
 *    elements, heading ids.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { checkPublicFiles } from '../lib/content-check/public-files.ts';
import { loadAllowedHosts } from '../lib/content-check/link-policy.ts';
import type { MdNode } from '../lib/mdx/mdx-parse.ts';
import type { GateEnv } from '../lib/content-check/rule.ts';
import { gateRules } from '../lib/content-check/rules/index.ts';

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
  const projectRoot = options.projectRoot ?? process.cwd();
  const allowedHosts = loadAllowedHosts(options.contentRoot);
  const buildFindings = gateRules('build').flatMap((rule) => rule.run(projectRoot));
  if (buildFindings.length)
    throw new Error(
      `public/ 里有不允许发布的文件，构建已停止：\n` + buildFindings.map((f) => `${f.file}:1  -  ${f.message}`).join('\n') + '\n请先运行 npm run check:content 查看并修改所有问题。',
    );
  const env: GateEnv = { allowedHosts, assets: checkPublicFiles(projectRoot).assets };
  return (context: PluginFactoryContext) => {
    const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : '(MDX)';
    const limits = gateRules('source').flatMap((rule) => rule.run(context.source));
    if (limits.length) throw new ContentGateError(file, limits);
    const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const frontmatterProblems = gateRules('frontmatter').flatMap((rule) => rule.run(frontmatter ?? {}, env));
    if (frontmatterProblems.length) throw new ContentGateError(file, frontmatterProblems.map((message) => ({ line: 1, field: 'frontmatter', message })));
    return {
      name: 'content-gate',
      options: { position: true },
      before(root) {
        const findings = gateRules('tree').flatMap((rule) => rule.run(root as unknown as MdNode, env));
        if (findings.length) throw new ContentGateError(file, findings);
      },
    };
  };
}
