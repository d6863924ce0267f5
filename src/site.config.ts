/**
 * Site-wide settings in one place, and the only reader of environment variables (scripts and
 * tests may still set them for the builds they start):
 *  - SITE_URL: the production origin;
 *  - KB_CONTENT_ROOT: the folder whose content/ is built and checked (tests build fixture trees);
 *  - KB_DIST, KB_CACHE: where Astro writes the site and its cache, so builds can run side by side.
 */
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

/** Where the build reads and writes, relative to the project root unless absolute. */
export const BUILD = {
  contentRoot: process.env.KB_CONTENT_ROOT ?? '.',
  dist: process.env.KB_DIST ?? 'dist',
  cacheDir: process.env.KB_CACHE ?? './.cache/astro',
} as const;
