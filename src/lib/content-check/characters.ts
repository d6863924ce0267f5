/**
 * One character rule for every place text enters the site: the raw lines of an MDX file, the
 * decoded values of its frontmatter (a YAML escape such as "\u202e" or "\x1b" never appears in
 * the raw text), and every string of every data file. The content check, the build's gate and the
 * zod schemas all use the definitions here, so a contributor never sees green from one and red
 * from the other, and the duplicate-title key strips exactly what the rule forbids.
 *
 * Defined by Unicode properties, not by a hand-picked list:
 * - Bidi_Control (U+202E …): text that reads differently from what it is;
 * - Default_Ignorable_Code_Point (U+200B, U+3164, tag characters, variation selectors, U+034F,
 *   U+17B4 …): invisible, so two titles look the same and searching fails;
 * - Cc, the C0/C1 controls (NUL, ESC, BEL, U+0085 …), except tab and line breaks in raw text:
 *   invalid in XML (the RSS feed) and terminal escapes in logs;
 * - noncharacters (U+FFFF, U+FDD0 …) and lone surrogates: invalid in XML, parse errors in HTML;
 * - line and paragraph separators (U+2028/U+2029), and U+2800 (a blank that is not ignorable).
 */

/** Characters no content string may hold (tab, LF and CR are allowed in raw text only: see below). */
const FORBIDDEN_SOURCE = String.raw`\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}\u2028\u2029\u2800`;

/** In a decoded value: a line break is fine (block scalars), every other control is not. */
const FORBIDDEN_IN_VALUE = new RegExp(`(?![\\n])[${FORBIDDEN_SOURCE}]`, 'u');
/** In a raw line of a file: tab and CR are part of ordinary text files. */
const FORBIDDEN_IN_LINE = new RegExp(`(?![\\t\\r])[${FORBIDDEN_SOURCE}]`, 'u');
/** Every forbidden character, for stripping (the duplicate-title key). */
const FORBIDDEN_ALL = new RegExp(`[${FORBIDDEN_SOURCE}]`, 'gu');

/** The first forbidden character in a decoded string value, or undefined. */
export function forbiddenInValue(text: string): string | undefined {
  return FORBIDDEN_IN_VALUE.exec(text)?.[0];
}

/** The first forbidden character in one raw line of a file (a leading BOM on line 1 is the caller's business). */
export function forbiddenInLine(text: string): string | undefined {
  return FORBIDDEN_IN_LINE.exec(text)?.[0];
}

/** The text with every forbidden character removed. */
export function stripForbidden(text: string): string {
  return text.replace(FORBIDDEN_ALL, '');
}

/** U+202E for a message: the code point, never the character itself (it would reverse the message). */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** bidi, invisible (ignorable or blank-looking), or control (Cc, noncharacters, surrogates). */
export function characterKind(char: string): 'bidi' | 'invisible' | 'control' {
  if (/\p{Bidi_Control}/u.test(char)) return 'bidi';
  if (/[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u.test(char)) return 'control';
  return 'invisible';
}

/** What kind of character it is, in the words a contributor can act on. */
export function describeForbidden(char: string): string {
  const name = codePointName(char);
  const kind = characterKind(char);
  if (kind === 'bidi') return `改变文字方向的隐藏字符（${name}）：它会让文字显示得和实际内容不同`;
  if (kind === 'control')
    return /\p{Cc}/u.test(char) ? `控制字符（${name}）：它会让 RSS 订阅变成无效的 XML，或在终端里改写显示` : `非字符（${name}）：它不是文字，会让 RSS 订阅和网页解析出错`;
  return `看不见的字符（${name}）：它会让两段文字看起来一样、让搜索找不到`;
}

const HOW_TO_FIX = '。请删掉（编辑器里可能看不见，可以重新输入这段文字；YAML 里的 \\u… 转义也算）';

/** The message for a forbidden character in a field or a line. */
export function forbiddenMessage(char: string): string {
  return `有${describeForbidden(char)}${HOW_TO_FIX}`;
}

/** Whether a message is the character rule's (so one bad character is reported once per line). */
export function isForbiddenMessage(message: string): boolean {
  return message.endsWith(HOW_TO_FIX);
}
