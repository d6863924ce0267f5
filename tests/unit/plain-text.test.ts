import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstParagraphText } from '../../src/lib/mdx/plain-text.ts';

describe('excerpt', () => {
  it('takes the first real paragraph as plain text', () => {
    const mdx = "import X from './x';\n\n## 标题\n\n往零钱里**充值**就能补足，详见[文章](/articles/a/)。\n\n第二段。";
    expect(firstParagraphText(mdx)).toBe('往零钱里充值就能补足，详见文章。');
  });
  it('drops tags instead of keeping them as markup', () => {
    expect(firstParagraphText('<b>粗</b> `代码` <abbr title="x">缩写</abbr>')).toBe('粗 代码 缩写');
  });
  it('shortens long text', () => {
    expect(firstParagraphText('字'.repeat(500), 10)).toBe(`${'字'.repeat(9)}…`);
  });
  it('returns empty text for an empty body', () => {
    expect(firstParagraphText('')).toBe('');
  });
  it('skips a paragraph that holds only a comment', () => {
    expect(firstParagraphText('{/* 备注 */}\n\n答案。')).toBe('答案。');
  });

  // shared/adversarial/q01-faq-footnote.mdx: footnote markers and syntax leaked into the FAQ meta
  // description, JSON-LD, RSS and the FAQ index, which all use this function.
  it('leaks no footnote marker, footnote text, comment or expression (q01)', () => {
    const q01 = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'content', 'cases', 'adv-q01-faq-footnote', 'content', 'faq', 'q01-faq-footnote.mdx'), 'utf8');
    const body = q01.slice(q01.indexOf('\n---\n') + 5);
    expect(firstParagraphText(body)).toBe('先回答问题，再看 说明。');
    expect(firstParagraphText('要点[^note]。\n\n[^note]: 脚注里的话。')).toBe('要点。');
  });
});
