/** Every internal URL the site links to is built here, so pages and tests agree. */
import { localePath } from '../i18n/paths.ts';
import { strings } from '../i18n/strings.ts';
import type { Lang } from '../schemas/content.ts';

// The English edition's pages are the same paths under /en/ (docs/i18n.md).
export const articleUrl = (slug: string, lang: Lang = 'zh') => localePath(lang, `/articles/${slug}/`);
export const faqUrl = (slug: string, lang: Lang = 'zh') => localePath(lang, `/faq/${slug}/`);
export const symptomUrl = (id: string, lang: Lang = 'zh') => localePath(lang, `/symptoms/${id}/`);
export const categoryUrl = (id: string, lang: Lang = 'zh') => localePath(lang, `/categories/${id}/`);
/** A category's FAQs, all of them (the /faq/ index shows the first few). */
export const categoryFaqUrl = (id: string, lang: Lang = 'zh') => localePath(lang, `/categories/${id}/faq/`);
/** The edition's home, search, lists, about page and feed: homeUrl('en') is /en/. */
export const homeUrl = (lang: Lang = 'zh') => localePath(lang, '/');
export const searchUrl = (lang: Lang = 'zh') => localePath(lang, '/search/');
export const symptomsUrl = (lang: Lang = 'zh') => localePath(lang, '/symptoms/');
export const categoriesUrl = (lang: Lang = 'zh') => localePath(lang, '/categories/');
export const faqIndexUrl = (lang: Lang = 'zh') => localePath(lang, '/faq/');
export const aboutUrl = (lang: Lang = 'zh') => localePath(lang, '/about/');
export const rssUrl = (lang: Lang = 'zh') => localePath(lang, '/rss.xml');

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
export function reportIssueUrl(repository: string, pageTitle: string, pageUrl: string, lang: Lang = 'zh'): string {
  const { report } = strings(lang);
  const title = report.title(pageTitle);
  const body = report.body(pageUrl);
  // encodeURIComponent, not URLSearchParams: spaces become %20, which every client reads the same way.
  return `${repository.replace(/\/$/, '')}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
