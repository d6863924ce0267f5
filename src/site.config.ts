/** Site-wide settings in one place. */
export const SITE = {
  name: '微信钱包自助排障知识库',
  shortName: '钱包排障',
  description: '零钱显示不对、变成负数、提现失败、分付不能用、付款失败、账户被限制或被盗刷：按步骤自己排查的独立中文知识库。',
  /** Production origin, used for canonical URLs, the sitemap and the RSS feed. Override with SITE_URL. */
  url: process.env.SITE_URL ?? 'https://wechat-wallet-kb.github.io',
  /** The repository that holds the content: "edit this page" and "report a mistake" links point here. */
  repository: 'https://github.com/wechat-wallet-kb/wechat-wallet-kb',
  branch: 'main',
  /** Articles whose facts were last checked longer ago than this get a visible notice. */
  staleAfterDays: 180,
  locale: 'zh-CN',
} as const;
