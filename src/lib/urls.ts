/** Every internal URL the site links to is built here, so pages and tests agree. */

export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const faqUrl = (slug: string) => `/faq/${slug}/`;
export const symptomUrl = (id: string) => `/symptoms/${id}/`;
export const categoryUrl = (id: string) => `/categories/${id}/`;
/** A category's FAQs, all of them (the /faq/ index shows the first few). */
export const categoryFaqUrl = (id: string) => `/categories/${id}/faq/`;

/** The article readers are sent to when self-help did not work, when it exists. */
export const CONTACT_ARTICLE_SLUG = 'contact-official-support';

/** 「钱被骗了、被盗了、手机丢了：先做这几件事」: the header of every page links it, when it exists. */
export const EMERGENCY_ARTICLE_SLUG = 'emergency';

/** The category whose symptoms come first and stand out on the home page, and whose articles put the first actions in the first screen. */
export const EMERGENCY_CATEGORY_ID = 'emergency';

/** Absolute URL on the production origin. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** GitHub's web editor for a content file. */
export function editUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/$/, '')}/edit/${encodeURIComponent(branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** A prefilled GitHub "new issue" form for reporting a mistake on a page. */
export function reportIssueUrl(repository: string, pageTitle: string, pageUrl: string): string {
  const title = `内容有误：${pageTitle}`;
  const body = [
      `页面：${pageUrl}`,
      '',
      '哪里不对：',
      '',
      '正确的说法是什么（有官方链接更好）：',
      '',
      '你的微信版本和手机系统（可选）：',
      '',
    '请不要在这里填写手机号、银行卡号、密码或验证码。',
  ].join('\n');
  // encodeURIComponent, not URLSearchParams: spaces become %20, which every client reads the same way.
  return `${repository.replace(/\/$/, '')}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
