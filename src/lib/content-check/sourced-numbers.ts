/**
 * "No unsourced statistics": a fee, limit, rate or time stated as a number is only allowed
 * on a page that cites an official source and says 以微信支付官方说明为准. The seeds are full
 * of invented percentages and per-bank tables; this keeps them from slipping back in.
 */
export const OFFICIAL_DISCLAIMER = '以微信支付官方说明为准';
/** The English edition's hedge (docs/i18n.md). */
export const OFFICIAL_DISCLAIMER_EN = "subject to Weixin Pay's official terms";
/** The hedge each edition's pages must carry next to sourced numbers. */
export const DISCLAIMERS = { zh: OFFICIAL_DISCLAIMER, en: OFFICIAL_DISCLAIMER_EN } as const;
type Lang = keyof typeof DISCLAIMERS;

/** A number followed by a unit that makes it a rule or a statistic (money, percent, time, count). */
const QUANTITY = /\d[\d,，.]*\s*(?:万元|万|元|块钱|块|%|％|‰|个工作日|工作日|个小时|小时|分钟|天|笔|次)/u;

/**
 * The same in English: an amount with a currency before or after it, a percentage, a duration or
 * a count of payments ("3%", "200 CNY", "¥6,000", "USD 5,000", "3 business days", "24 hours").
 */
const QUANTITY_EN =
  /(?:(?:CNY|RMB|USD|EUR|GBP|HKD|[¥￥$€£])\s?\d[\d,.]*|\d[\d,.]*\s*(?:%|％|‰|(?:percent|per cent|CNY|RMB|yuan|USD|dollars?|euros?|(?:business |working |calendar )?days?|hours?|minutes?|weeks?|months?|transactions?|payments?|times)\b))/iu;

/** The first quantity in `text` that would need a source, as written (e.g. "1000 元", "200 CNY"). */
export function firstQuantity(text: string, lang: Lang = 'zh'): string | undefined {
  return (lang === 'en' ? QUANTITY_EN : QUANTITY).exec(text)?.[0];
}

/** A page may state quantities when it cites sources and says the official page is authoritative. */
export function isSourced(hasSources: boolean, pageText: string, lang: Lang = 'zh'): boolean {
  return hasSources && pageText.includes(DISCLAIMERS[lang]);
}

export function describeUnsourced(quantity: string, hasSources: boolean, lang: Lang = 'zh'): string {
  const hedge = DISCLAIMERS[lang];
  const missing = hasSources ? `写明“${hedge}”` : `在 sources 里给出你读过的官方来源（${lang === 'en' ? 'pay.weixin.qq.com、kf.qq.com、政府网站等' : 'kf.qq.com、pay.weixin.qq.com、人民银行等'}），并写明“${hedge}”`;
  return `出现了具体数字「${quantity}」：费用、限额、比例和时间等规则必须有出处，请${missing}；没有官方出处就删掉数字，改为告诉读者去哪里查看`;
}
