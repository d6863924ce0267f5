/**
 * Plain text from an MDX body, for the FAQ index's short answer, JSON-LD and RSS. Only the
 * first paragraph; markup is dropped, never interpreted (the result is rendered as text).
 */
export function firstParagraphText(mdx: string, maxLength = 300): string {
  const withoutCode = mdx.replace(/```[\s\S]*?```/g, '');
  const paragraphs = withoutCode
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(import|export)\s/.test(block) && !/^#{1,6}\s/.test(block) && !/^<[A-Za-z/]/.test(block));
  const text = toPlainText(paragraphs[0] ?? '');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** Markdown inline syntax → its visible text. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
