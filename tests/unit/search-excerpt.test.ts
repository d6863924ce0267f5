import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, highlightSegments } from '../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../src/lib/search/normalize.ts';

describe('excerptSegments: a Pagefind excerpt as plain-text segments', () => {
  it('marks exactly the words inside <mark>', () => {
    expect(excerptSegments('零钱<mark>提现</mark>失败后会<mark>退回</mark>')).toEqual([
      { text: '零钱', marked: false },
      { text: '提现', marked: true },
      { text: '失败后会', marked: false },
      { text: '退回', marked: true },
    ]);
  });

  it('keeps any other tag as visible text, so page text can never become markup', () => {
    const segments = excerptSegments('标题 &lt;img src=x onerror=alert(1)&gt; 和 <img src=x onerror=alert(1)> <mark>提现</mark>');
    expect(segments.map((s) => s.text).join('')).toBe('标题 <img src=x onerror=alert(1)> 和 <img src=x onerror=alert(1)> 提现');
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['提现']);
  });

  it('decodes entities once (an escaped entity stays escaped text)', () => {
    expect(excerptSegments('A &amp;lt; B &amp; C')).toEqual([{ text: 'A &lt; B & C', marked: false }]);
  });

  it('accepts <MARK> in any case and survives unbalanced or empty marks', () => {
    expect(excerptSegments('<MARK>分付</MARK>用不了<mark></mark>')).toEqual([
      { text: '分付', marked: true },
      { text: '用不了', marked: false },
    ]);
    expect(excerptSegments('<mark>没有结束')).toEqual([{ text: '没有结束', marked: true }]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones as written', () => {
    expect(decodeEntities('&lt;&gt;&quot;&#39;&#x4E2D;&nbsp;&bogus;')).toBe('<>"\'中\u00a0&bogus;');
    expect(decodeEntities('&#0; &#x110000;')).toBe('&#0; &#x110000;');
  });
});

describe('highlightSegments: the page summary with the query marked', () => {
  it('marks Chinese character pairs of the query and nothing else', () => {
    expect(highlightSegments('提现失败时，钱会退回零钱。', parseQuery('零钱提现失败了'))).toEqual([
      { text: '提现失败', marked: true },
      { text: '时，钱会退回', marked: false },
      { text: '零钱', marked: true },
      { text: '。', marked: false },
    ]);
  });

  it('marks Latin words case-insensitively and single characters only for one-character queries', () => {
    expect(highlightSegments('WeChat Pay 分付', parseQuery('wechat'))).toEqual([
      { text: 'WeChat', marked: true },
      { text: ' Pay 分付', marked: false },
    ]);
    expect(highlightSegments('分付', parseQuery('付')).filter((s) => s.marked).map((s) => s.text)).toEqual(['付']);
  });

  it('keeps markup-like text as text', () => {
    expect(highlightSegments('<img onerror=alert(1)> 提现', parseQuery('提现')).map((s) => s.text).join('')).toBe('<img onerror=alert(1)> 提现');
    expect(highlightSegments('', parseQuery('提现'))).toEqual([]);
  });
});
