import { describe, expect, it } from 'vitest';
import { firstParagraphText, toPlainText } from '../../src/lib/excerpt.ts';

describe('excerpt', () => {
  it('takes the first real paragraph as plain text', () => {
    const mdx = "import X from './x';\n\n## 标题\n\n往零钱里**充值**就能补足，详见[文章](/articles/a/)。\n\n第二段。";
    expect(firstParagraphText(mdx)).toBe('往零钱里充值就能补足，详见文章。');
  });
  it('drops tags instead of keeping them as markup', () => {
    expect(toPlainText('<b>粗</b> `代码` <script>x</script>')).toBe('粗 代码 x');
  });
  it('shortens long text', () => {
    expect(firstParagraphText('字'.repeat(500), 10)).toBe(`${'字'.repeat(9)}…`);
  });
  it('returns empty text for an empty body', () => {
    expect(firstParagraphText('')).toBe('');
  });
});
