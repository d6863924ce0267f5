/**
 * Loads the content once per build and hands pages the cross-link graph, so pages stay thin:
 * they render what src/lib/graph.ts returns. Only this module talks to astro:content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { BUILD } from '../site.config.ts';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import { menuPathsFileSchema, searchSynonymsFileSchema, type Lang, type MenuPaths, type SearchSynonym } from '../schemas/content.ts';
import { buildGraph, type Graph } from './graph.ts';
import { counterpartPath, editionData, type EditionCategory, type EditionSymptom } from './editions.ts';

export type CategoryNode = EditionCategory;
export type SymptomNode = EditionSymptom;
export type ArticleNode = CollectionEntry<'articles'>['data'] & { slug: string; lang: Lang; entry: CollectionEntry<'articles'> | CollectionEntry<'enArticles'> };
export type FaqNode = CollectionEntry<'faq'>['data'] & { slug: string; lang: Lang; entry: CollectionEntry<'faq'> | CollectionEntry<'enFaq'> };
export type SiteGraph = Graph<CategoryNode, SymptomNode, ArticleNode, FaqNode>;

const graphPromises = new Map<Lang, Promise<SiteGraph>>();

/** The graph of one edition's published content (Chinese by default); built on first use and shared by every page. */
export function getSiteGraph(lang: Lang = 'zh'): Promise<SiteGraph> {
  let promise = graphPromises.get(lang);
  if (!promise) {
    promise = (async () => {
      const [categories, symptoms, articles, faqs] = await Promise.all([
        getCollection('categories'),
        getCollection('symptoms'),
        lang === 'en' ? getCollection('enArticles') : getCollection('articles'),
        lang === 'en' ? getCollection('enFaq') : getCollection('faq'),
      ]);
      const edition = editionData(
        { symptoms: symptoms.map((s) => s.data), categories: categories.map((c) => c.data), pages: [...articles, ...faqs].map((entry) => entry.data) },
        lang,
      );
      return buildGraph({
        categories: edition.categories,
        symptoms: edition.symptoms,
        articles: articles.map((entry) => ({ ...entry.data, slug: entry.id, lang, entry })),
        faqs: faqs.map((entry) => ({ ...entry.data, slug: entry.id, lang, entry })),
      });
    })();
    graphPromises.set(lang, promise);
  }
  return promise;
}

let menuPaths: MenuPaths | undefined;

/** content/menu-paths.yaml (of KB_CONTENT_ROOT when set), validated by the shared schema. */
export function getMenuPaths(): MenuPaths {
  if (!menuPaths) {
    const file = join(BUILD.contentRoot, 'content', 'menu-paths.yaml');
    const result = menuPathsFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) throw new Error(`${file} 格式不对：先运行 npm run check:content 查看具体问题`);
    menuPaths = result.data;
  }
  return menuPaths;
}

let searchSynonyms: SearchSynonym[] | undefined;

/** content/search-synonyms.yaml (of KB_CONTENT_ROOT when set), validated by the shared schema; none when the file is absent. */
export function getSearchSynonyms(): SearchSynonym[] {
  if (!searchSynonyms) {
    const file = join(BUILD.contentRoot, 'content', 'search-synonyms.yaml');
    if (!existsSync(file)) return (searchSynonyms = []);
    const result = searchSynonymsFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) throw new Error(`${file} 格式不对：先运行 npm run check:content 查看具体问题`);
    searchSynonyms = result.data;
  }
  return searchSynonyms;
}

/** The same page in the other edition (language switch, hreflang), when that edition has it. */
export async function getCounterpart(pathname: string): Promise<{ lang: Lang; path: string } | undefined> {
  const graphs = { zh: await getSiteGraph('zh'), en: await getSiteGraph('en') };
  return counterpartPath(pathname, (lang, collection, id) => {
    const graph = graphs[lang];
    if (collection === 'articles') return graph.article(id) !== undefined;
    if (collection === 'faq') return graph.faq(id) !== undefined;
    if (collection === 'symptoms') return graph.symptom(id) !== undefined;
    return graph.category(id) !== undefined;
  });
}
