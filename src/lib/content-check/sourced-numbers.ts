/**
 * "No unsourced statistics": a fee, limit, rate or time stated as a number is only allowed
 * on a page that cites an official source and says 以微信支付官方说明为准. The seeds are full
 * of invented percentages and per-bank tables; this keeps them from slipping back in.
 */
export const OFFICIAL_DISCLAIMER = '以微信支付官方说明为准';

/** A number followed by a unit that makes it a rule or a statistic (money, percent, time, count). */
const QUANTITY = /\d[\d,，.]*\s*(?:万元|万|元|块钱|块|%|％|‰|个工作日|工作日|个小时|小时|分钟|天|笔|次)/u;

/** The first quantity in `text` that would need a source, as written (e.g. "1000 元"). */
export function firstQuantity(text: string): string | undefined {
  return QUANTITY.exec(text)?.[0];
}

/** A page may state quantities when it cites sources and says the official page is authoritative. */
export function isSourced(hasSources: boolean, pageText: string): boolean {
  return hasSources && pageText.includes(OFFICIAL_DISCLAIMER);
}

export function describeUnsourced(quantity: string, hasSources: boolean): string {
  const missing = hasSources ? `写明“${OFFICIAL_DISCLAIMER}”` : `在 sources 里给出你读过的官方来源（kf.qq.com、pay.weixin.qq.com、人民银行等），并写明“${OFFICIAL_DISCLAIMER}”`;
  return `出现了具体数字「${quantity}」：费用、限额、比例和时间等规则必须有出处，请${missing}；没有官方出处就删掉数字，改为告诉读者去哪里查看`;
}
