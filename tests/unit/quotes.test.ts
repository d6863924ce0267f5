import { describe, expect, it } from 'vitest';
import { fixMdx } from '../../src/lib/content-check/fix-typography.ts';
import { fixQuotesInMarkdown, lintQuotesInMarkdown, lintQuotesInText, toCornerQuotes } from '../../src/lib/content-check/quotes.ts';

describe('toCornerQuotes', () => {
  it('turns curly quotes into corner brackets, nested ones into 『』', () => {
    expect(toCornerQuotes('点“提现”')).toBe('点「提现」');
    expect(toCornerQuotes('他说“点‘解冻’链接”')).toBe('他说「点『解冻』链接」');
    expect(toCornerQuotes('已有「外层“内层”」')).toBe('已有「外层『内层』」');
  });

  it('treats straight quotes as Chinese quotes only around or next to Chinese', () => {
    expect(toCornerQuotes('显示"处理中"')).toBe('显示「处理中」');
    expect(toCornerQuotes('The "status" is ok')).toBe('The "status" is ok');
  });

  it('keeps an English apostrophe and an unmatched closing mark as written', () => {
    expect(toCornerQuotes('WeChat’s 钱包')).toBe('WeChat’s 钱包');
    expect(toCornerQuotes('多了一个”')).toBe('多了一个”');
  });
});

describe('lintQuotesInText', () => {
  it('reports curly quotes, even those it cannot convert', () => {
    expect(lintQuotesInText('点“提现”')?.fixed).toBe('点「提现」');
    expect(lintQuotesInText('多了一个”')).toBeDefined();
    expect(lintQuotesInText('点「提现」')).toBeUndefined();
  });
});

describe('quotes in a Markdown body', () => {
  const body = ['第一行没问题。', '', '点“**提现**”按钮。', '', '`"code"` 和 [链接](https://example.com/?q="x") 不动。', ''].join('\n');

  it('names the line and leaves code and URLs alone', () => {
    expect(lintQuotesInMarkdown(body).map((f) => f.line)).toEqual([3]);
  });

  it('converts a quote whose marks sit in different text nodes around bold text', () => {
    const fixed = fixQuotesInMarkdown(body);
    expect(fixed).toContain('点「**提现**」按钮。');
    expect(fixed).toContain('`"code"` 和 [链接](https://example.com/?q="x") 不动。');
    expect(lintQuotesInMarkdown(fixed)).toEqual([]);
  });

  it('reports a component prop written with curly quotes, on the line of its component', () => {
    const withProp = ['正文。', '', '<Callout type="tip" title="点“提现”">看清服务费。</Callout>', ''].join('\n');
    expect(lintQuotesInMarkdown(withProp).map((f) => [f.line, f.fixed])).toEqual([[3, '点「提现」']]);
  });

  it('is applied by fix:content to frontmatter prose and the body', () => {
    const file = ['---', 'title: 显示“处理中”怎么办', 'url: https://example.com/"x"', '---', '', '点"提现"。', ''].join('\n');
    const fixed = fixMdx(file);
    expect(fixed).toContain('title: 显示「处理中」怎么办');
    expect(fixed).toContain('url: https://example.com/"x"');
    expect(fixed).toContain('点「提现」。');
  });
});
