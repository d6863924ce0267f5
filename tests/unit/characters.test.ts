import { describe, expect, it } from 'vitest';
import { forbiddenInLine, forbiddenInValue, stripForbidden } from '../../src/lib/content-check/characters.ts';
import { titleKey } from '../../src/lib/content-check/titles.ts';
import { cleanText } from '../../src/schemas/content.ts';

/** One of each kind the issue names: bidi controls, default-ignorables, C0/C1 controls, noncharacters, separators. */
const FORBIDDEN = [
  '\u202e', '\u202c', '\u2066', '\u2067', '\u200e', '\u061c', // Bidi_Control
  '\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u3164', '\u{e0041}', '\ufe0f', '\u034f', '\u17b4', '\u115f', '\uffa0', // Default_Ignorable_Code_Point
  '\u0000', '\u0007', '\u000b', '\u001b', '\u007f', '\u0085', // Cc
  '\uffff', '\ufdd0', '\u{1fffe}', '\ud800', // noncharacters and a lone surrogate
  '\u2028', '\u2029', '\u2800', // separators and the braille blank
];
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('one character rule for lines, values and titles', () => {
  it.each(FORBIDDEN.map((c) => [hex(c), c]))('refuses %s in a value and in a line', (_name, char) => {
    expect(forbiddenInValue(`零钱${char}提现`)).toBe(char);
    expect(forbiddenInLine(`title: 零钱${char}提现`)).toBe(char);
    expect(cleanText().safeParse(`零钱${char}提现`).success).toBe(false);
  });

  it('allows ordinary text, tabs and line breaks where they belong', () => {
    for (const text of ['零钱提现失败怎么办？', 'WeChat Pay 😀 ¥100', '「引号」『嵌套』', '한국어 ㄱ', '第一行\n第二行'])
      expect(forbiddenInValue(text), text).toBeUndefined();
    expect(forbiddenInLine('\t缩进\r')).toBeUndefined();
    expect(forbiddenInValue('a\tb')).toBe('\t'); // a tab inside a YAML value is an escape no prose needs
  });

  it.each(FORBIDDEN.map((c) => [hex(c), c]))('the duplicate-title key strips %s (titles made "unique" with it are the same title)', (_name, char) => {
    expect(titleKey(`零钱提现多久到账${char}？`)).toBe(titleKey('零钱提现多久到账？'));
    expect(stripForbidden(`a${char}b`)).toBe('ab');
  });
});
