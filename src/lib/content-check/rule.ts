/**
 * A content-check rule: one file in rules/, listed once in rules/index.ts. `check` reads the loaded
 * content (context.ts) and returns findings; the runner (check.ts) sorts them. A rule that the build
 * must also enforce — `astro build` without `npm run check:content` first — declares a `gate`: the
 * content gate (src/integrations/content-gate.ts) runs it on each MDX file as Astro compiles it.
 */
import type { CheckContext } from './context.ts';
import type { AllowedHost } from './link-policy.ts';
import type { MdNode } from '../mdx/mdx-parse.ts';
import type { Finding, LineFinding } from './problems.ts';

/** What the gate knows about the build: the allowlist and the images public/ may serve. */
export interface GateEnv {
  allowedHosts: readonly AllowedHost[];
  assets: ReadonlySet<string>;
}

/** When in the build the gate runs a rule, and on what. */
export type GateHook =
  /** Once per build, on the project root: whole-file findings stop the build before any page compiles. */
  | { stage: 'build'; run(projectRoot: string): Array<Pick<Finding, 'file' | 'message'>> }
  /** Each MDX file's raw text, before any parser sees it. */
  | { stage: 'source'; run(source: string): LineFinding[] }
  /** Each MDX file's decoded frontmatter (reported at line 1 with the field). */
  | { stage: 'frontmatter'; run(frontmatter: Record<string, unknown>, env: GateEnv): string[] }
  /** Each MDX file's parsed tree, before the compiler turns it into JavaScript. */
  | { stage: 'tree'; run(tree: MdNode, env: GateEnv): LineFinding[] };

export interface Rule {
  /** The file name in rules/ without .ts. */
  id: string;
  /** Set when the build gate runs this rule too; absent for rules of the content check only. */
  gate?: GateHook;
  check(ctx: CheckContext): Finding[];
}
