/**
 * Plain text from an MDX body, for the FAQ index's short answer, the FAQ meta description, JSON-LD
 * and RSS. Read from the tree the build's own parser makes (mdx-parse.ts), never
 * with regexes over Markdown: footnote markers, footnote text, comments, expressions and tag syntax
 * cannot leak in. Only the first paragraph; the result is rendered as text, never as markup.
 */
import { parseMdx, type MdNode } from './mdx-parse.ts';

export function firstParagraphText(mdx: string, maxLength = 300): string {
  const parsed = parseMdx(mdx);
  // A body that does not parse never reaches a page: the content check and the build's gate refuse it.
  if ('error' in parsed) return '';
  for (const node of parsed.tree.children ?? []) {
    if (node.type !== 'paragraph') continue;
    const text = plainText(node).replace(/\s+/g, ' ').trim();
    if (text) return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  }
  return '';
}

/** The visible text of a node: what a reader sees, without markers, notes or code. */
export function plainText(node: MdNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return typeof node.value === 'string' ? node.value : '';
    case 'image':
      return node.alt ?? '';
    case 'break':
      return ' ';
    // Footnote markers and definitions, {expressions} and {/* comments */}, ESM, raw HTML: not reader text.
    case 'footnoteReference':
    case 'footnoteDefinition':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
    case 'html':
      return '';
    default:
      return (node.children ?? []).map(plainText).join('');
  }
}
