/**
 * The body, parsed as the build parses it: no ESM, expressions, unknown components or HTML; official
 * links only; images and site paths that exist; nesting, link and table limits (../mdx-safety.ts).
 * The loader analyses each body once (context.ts); the gate runs the same tree check at compile time.
 */
import { checkMdxTree } from '../mdx-safety.ts';
import type { Rule } from '../rule.ts';

export const mdxSafety: Rule = {
  id: 'mdx-safety',
  gate: { stage: 'tree', run: (tree, env) => checkMdxTree(tree, env).findings },
  check: ({ pages, bodyChecked }) =>
    pages.flatMap(({ file, analysis }) => (bodyChecked(file) ? (analysis?.findings ?? []).map((f) => ({ file, line: f.line, field: '正文', message: f.message })) : [])),
};
