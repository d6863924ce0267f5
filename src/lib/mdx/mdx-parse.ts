/**
 * One parse for the content check and the build. Astro's MDX integration (@astrojs/mdx 8) compiles
 * with Sätteri (`satteri`, a Rust Markdown/MDX parser with GFM: tables, footnotes, autolinks), and
 * reads frontmatter with `parseFrontmatter` from @astrojs/internal-helpers (js-yaml). The check uses
 * exactly those functions with the same options, so it sees what the build compiles; astro.config.mjs
 * passes MDX_FEATURES to the build's processor so the two cannot drift apart.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast, type Features } from 'satteri';

/** Parser features of the build (astro.config.mjs `markdown.processor`). Astro's defaults, written down. */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

/** The subset of mdast this project reads; Sätteri's nodes have these fields. */
export interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  alt?: string | null;
  identifier?: string;
  label?: string | null;
  depth?: number;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface MdAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}

/**
 * The body as the build compiles it: the whole file with the frontmatter replaced by spaces
 * (Astro's "empty-with-spaces"), so every line number in the tree is the line in the file.
 * Runs js-yaml on the frontmatter, as the build does: throws its YAMLException.
 */
export function compiledContent(source: string): { frontmatter: Record<string, unknown>; rawFrontmatter: string | undefined; content: string } {
  const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return { frontmatter: parsed.frontmatter, rawFrontmatter: extractFrontmatter(source), content: parsed.content };
}

/** Parses MDX like the build. A syntax error comes back as { line, reason } instead of a throw. */
export function parseMdx(content: string): { tree: MdNode } | { error: { line: number; reason: string } } {
  try {
    return { tree: mdxToMdast(content, { features: MDX_FEATURES }) as unknown as MdNode };
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    // Sätteri prefixes the position: "3:12: Unexpected character …".
    const position = /^(\d+):(\d+):\s*/.exec(message);
    return { error: { line: position ? Number(position[1]) : 1, reason: position ? message.slice(position[0].length) : message } };
  }
}
