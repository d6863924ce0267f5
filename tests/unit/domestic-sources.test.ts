import { describe, expect, it } from 'vitest';
import { domesticSourcesRule, isCrossBorderDoc } from '../../src/lib/content-check/rules/domestic-sources.ts';

describe('domestic-sources rule', () => {
  it('knows WeChat Pay Global documents on pay.weixin.qq.com', () => {
    expect(isCrossBorderDoc('https://pay.weixin.qq.com/wiki/doc/api_external/ch/open/chapter3_1_1.shtml')).toBe(true);
    expect(isCrossBorderDoc('https://pay.weixin.qq.com/wiki/doc/API_EXTERNAL/ch/apis/chapter5_1_4.shtml')).toBe(true);
    expect(isCrossBorderDoc('https://pay.weixin.qq.com/wechatpay_guide/help_docs.shtml')).toBe(true);
    expect(isCrossBorderDoc('https://pay.weixin.qq.com/doc/v2/partner/4011941160')).toBe(false);
    expect(isCrossBorderDoc('https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_3_10.shtml')).toBe(false);
    expect(isCrossBorderDoc('https://example.com/wiki/doc/api_external/x')).toBe(false);
    expect(isCrossBorderDoc('not a url')).toBe(false);
  });
  it('reports each cross-border source at its url line, and nothing for domestic ones', () => {
    const lines: Record<string, number> = { 'sources.0.url': 7, 'sources.1.url': 10 };
    const problems = domesticSourcesRule(
      'content/faq/x.mdx',
      [{ url: 'https://kf.qq.com/faq/1.html' }, { url: 'https://pay.weixin.qq.com/wiki/doc/api_external/ch/open/chapter3_1_1.shtml' }],
      (path) => lines[path.join('.')] ?? 1,
    );
    expect(problems.map(({ file, line, field }) => ({ file, line, field }))).toEqual([{ file: 'content/faq/x.mdx', line: 10, field: 'sources.1.url' }]);
    expect(problems[0].message).toContain('境外业务（WeChat Pay Global）');
    expect(domesticSourcesRule('content/faq/x.mdx', undefined, () => 1)).toEqual([]);
  });
});
