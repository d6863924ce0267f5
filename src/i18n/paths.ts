/** Which edition a path belongs to, and the same path in another edition (no text tables here: the browser imports it). */
import type { Lang } from '../schemas/content.ts';

/** The edition a URL path belongs to: /en and /en/… are English, everything else Chinese. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** A path of the Chinese edition as the same page of `lang`: '/faq/' → '/en/faq/'. */
export function localePath(lang: Lang, path: string): string {
  return lang === 'en' ? `/en${path}` : path;
}

/** The other edition: the language switch, hreflang pairs, the 404 page's line and the related check point there. */
export function otherEdition(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** A path of either edition as the Chinese edition's path: '/en/faq/' → '/faq/'. */
export function basePath(pathname: string): string {
  return langOfPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
}
