/**
 * Strict XML 1.0 well-formedness for the feeds and the sitemap: every feed reader refuses a
 * document that is not. fast-xml-validator (the successor of fast-xml-parser's deprecated
 * XMLValidator) checks the structure: tags, attributes, entities, and some control characters.
 * It lets through characters XML 1.0 forbids (its Char production), such as U+FFFF or a lone
 * surrogate, so every character is checked here first, raw and as a character reference.
 */
import { SyntaxValidator } from 'fast-xml-validator';

/** Anything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `xml` is not well-formed XML 1.0, or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
  const raw = NOT_XML_CHAR.exec(xml);
  if (raw) return `line ${lineAt(xml, raw.index)}: ${hex(raw[0])} is not a character XML 1.0 allows`;
  for (const reference of xml.matchAll(/&#(x[0-9a-f]+|\d+);/gi)) {
    const code = reference[1][0].toLowerCase() === 'x' ? parseInt(reference[1].slice(1), 16) : Number(reference[1]);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\u{fffff}';
    if (code > 0x10ffff || NOT_XML_CHAR.test(char)) return `line ${lineAt(xml, reference.index)}: ${reference[0]} refers to a character XML 1.0 does not allow`;
  }
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    return `not well-formed: ${(error as Error).message}`;
  }
  return undefined;
}
