/**
 * The components an article's MDX may use, by name. The content check's allowlist
 * (src/lib/content-check/mdx-safety.ts) and the pages that render MDX both read this list,
 * so what the check allows is exactly what renders.
 */
export const mdxComponents = {};
