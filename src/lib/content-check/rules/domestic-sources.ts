/**
 * Rule: a Chinese page cites no cross-border document. WeChat Pay Global's pages
 * (pay.weixin.qq.com/wiki/doc/api_external/…, and the English /wechatpay_guide/ and /index.php/public/wechatpay…)
 * describe payments abroad: their limits, phone lines and menu paths are not the domestic ones
 * (2026-12 content audit: 12 uses on domestic claims).
 */
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

const CROSS_BORDER = [/^\/wiki\/doc\/api_external\//i, /^\/wechatpay_guide\//i, /^\/index\.php\/public\/wechatpay/i];

/** True when the URL is a WeChat Pay Global (cross-border) document on pay.weixin.qq.com. */
export function isCrossBorderDoc(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.hostname === 'pay.weixin.qq.com' && CROSS_BORDER.some((pattern) => pattern.test(parsed.pathname));
}

/** One finding per cross-border source of a Chinese page, at the source's url line. */
export function domesticSourcesRule(
  file: string,
  sources: readonly { url: string }[] | undefined,
  lineOf: (path: PropertyKey[]) => number,
): Finding[] {
  return (sources ?? []).flatMap((source, i) =>
    isCrossBorderDoc(source.url)
      ? [{
          file,
          line: lineOf(['sources', i, 'url']),
          field: `sources.${i}.url`,
          message: '这是微信支付境外业务（WeChat Pay Global）的文档，讲的是境外支付，不能作为国内用法的来源：换成国内的官方页面（pay.weixin.qq.com 的国内文档、kf.qq.com），找不到就删掉这个来源，把说法改成「暂未找到官方说明」加一般经验',
        }]
      : [],
  );
}

export const domesticSources: Rule = {
  id: 'domestic-sources',
  check: ({ pages }) => pages.flatMap(({ file, parsed, data }) => (data ? domesticSourcesRule(file, data.sources, (path) => parsed.lineOf(path)) : [])),
};
