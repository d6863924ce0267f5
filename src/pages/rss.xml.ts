/** /rss.xml: articles and FAQs, the most recently source-checked first (a page citing nothing has no date and comes last). @astrojs/rss escapes every field. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../site.config.ts';
import { getSiteGraph } from '../lib/site-data.ts';
import { articleUrl, faqUrl } from '../lib/urls.ts';
import { firstParagraphText } from '../lib/mdx/plain-text.ts';

export async function GET(context: APIContext) {
  const graph = await getSiteGraph();
  const items = [
    ...graph.articles.map((a) => ({ title: a.title, description: a.summary, link: articleUrl(a.slug), pubDate: a.sourcesChecked, categories: [graph.category(a.category)?.name ?? a.category] })),
    ...graph.faqs.map((f) => ({ title: f.question, description: firstParagraphText(f.entry.body ?? '') || f.question, link: faqUrl(f.slug), pubDate: f.sourcesChecked, categories: [graph.category(f.category)?.name ?? f.category] })),
  ].sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || a.link.localeCompare(b.link));
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: context.site ?? SITE.url,
    items,
    customData: `<language>${SITE.locale}</language>`,
    trailingSlash: true,
  });
}
