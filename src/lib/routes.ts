/**
 * The static paths of the list pages, per edition: the Chinese page files and their English
 * wrappers under src/pages/en/ share them, so both editions list the same way.
 */
import type { PaginateFunction } from 'astro';
import type { Lang } from '../schemas/content.ts';
import { getSiteGraph } from './site-data.ts';
import { articleUrl, faqUrl } from './urls.ts';
import { LIST_PAGE_SIZE, type ListEntry } from './pagination.ts';

/** A symptom hub lists the symptom's articles, then its FAQs, LIST_PAGE_SIZE to a page. */
export async function symptomPaths(paginate: PaginateFunction, lang: Lang) {
  const graph = await getSiteGraph(lang);
  return graph.symptoms.flatMap((symptom) => {
    const articles = graph.articlesForSymptom(symptom.id);
    const entries: ListEntry[] = [
      ...articles.map((a) => ({ kind: 'article' as const, href: articleUrl(a.slug, lang), title: a.title, text: a.summary })),
      ...graph.faqsForSymptom(symptom.id).map((f) => ({ kind: 'faq' as const, href: faqUrl(f.slug, lang), title: f.question })),
    ];
    return paginate(entries, { pageSize: LIST_PAGE_SIZE, params: { id: symptom.id }, props: { symptom, articleCount: articles.length } });
  });
}

/** A category's articles, LIST_PAGE_SIZE to a page; its FAQs have their own list (categories/[id]/faq/). */
export async function categoryPaths(paginate: PaginateFunction, lang: Lang) {
  const graph = await getSiteGraph(lang);
  return graph.categories.flatMap((category) => {
    const entries: ListEntry[] = graph.articlesForCategory(category.id).map((a) => ({ kind: 'article', href: articleUrl(a.slug, lang), title: a.title, text: a.summary }));
    return paginate(entries, { pageSize: LIST_PAGE_SIZE, params: { id: category.id }, props: { category, faqCount: graph.faqsForCategory(category.id).length } });
  });
}

/** Every FAQ of a category, LIST_PAGE_SIZE to a page: where "全部 N 条" on /faq/ leads. */
export async function categoryFaqPaths(paginate: PaginateFunction, lang: Lang) {
  const graph = await getSiteGraph(lang);
  return graph.categories
    .map((category) => ({ category, faqs: graph.faqsForCategory(category.id) }))
    .filter(({ faqs }) => faqs.length > 0)
    .flatMap(({ category, faqs }) => {
      const entries: ListEntry[] = faqs.map((f) => ({ kind: 'faq', href: faqUrl(f.slug, lang), title: f.question }));
      return paginate(entries, { pageSize: LIST_PAGE_SIZE, params: { id: category.id }, props: { category } });
    });
}
