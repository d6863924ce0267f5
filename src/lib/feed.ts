/** An edition's RSS feed: articles and FAQs, the most recently source-checked first (a page citing nothing has no date and comes last). @astrojs/rss escapes every field. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../site.config.ts';
import { getSiteGraph } from './site-data.ts';
import { articleUrl, faqUrl } from './urls.ts';
import { firstParagraphText } from './mdx/plain-text.ts';
import { strings } from '../i18n/strings.ts';
import type { Lang } from '../schemas/content.ts';

/** One edition's feed (/rss.xml, /en/rss.xml). */
export async function feed(context: APIContext, lang: Lang) {
  const graph = await getSiteGraph(lang);
  const t = strings(lang);
  const items = [
    ...graph.articles.map((a) => ({ title: a.title, description: a.summary, link: articleUrl(a.slug, lang), pubDate: a.sourcesChecked, categories: [graph.category(a.category)?.name ?? a.category] })),
    ...graph.faqs.map((f) => ({ title: f.question, description: firstParagraphText(f.entry.body ?? '') || f.question, link: faqUrl(f.slug, lang), pubDate: f.sourcesChecked, categories: [graph.category(f.category)?.name ?? f.category] })),
  ].sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || a.link.localeCompare(b.link));
  return rss({
    title: t.siteName,
    description: t.siteDescription,
    site: context.site ?? SITE.url,
    items,
    customData: `<language>${t.htmlLang}</language>`,
    trailingSlash: true,
  });
}
