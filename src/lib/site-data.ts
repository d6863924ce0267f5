/**
 * Loads the content once per build and hands pages the cross-link graph, so pages stay thin:
 * they render what src/lib/graph.ts returns. Only this module talks to astro:content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { BUILD } from '../site.config.ts';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import { menuPathsFileSchema, searchSynonymsFileSchema, type MenuPaths, type SearchSynonym } from '../schemas/content.ts';
import { buildGraph, type Graph } from './graph.ts';

export type CategoryNode = CollectionEntry<'categories'>['data'];
export type SymptomNode = CollectionEntry<'symptoms'>['data'];
export type ArticleNode = CollectionEntry<'articles'>['data'] & { slug: string; entry: CollectionEntry<'articles'> };
export type FaqNode = CollectionEntry<'faq'>['data'] & { slug: string; entry: CollectionEntry<'faq'> };
export type SiteGraph = Graph<CategoryNode, SymptomNode, ArticleNode, FaqNode>;

let graphPromise: Promise<SiteGraph> | undefined;

/** The graph of all published content; built on first use and shared by every page. */
export function getSiteGraph(): Promise<SiteGraph> {
  graphPromise ??= (async () => {
    const [categories, symptoms, articles, faqs] = await Promise.all([
      getCollection('categories'),
      getCollection('symptoms'),
      getCollection('articles'),
      getCollection('faq'),
    ]);
    return buildGraph({
      categories: categories.map((c) => c.data),
      symptoms: symptoms.map((s) => s.data),
      articles: articles.map((entry) => ({ ...entry.data, slug: entry.id, entry })),
      faqs: faqs.map((entry) => ({ ...entry.data, slug: entry.id, entry })),
    });
  })();
  return graphPromise;
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
