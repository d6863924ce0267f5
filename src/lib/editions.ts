/**
 * The two editions (zh, en) from one content tree. Pure: symptoms.yaml and categories.yaml hold
 * the Chinese text in their plain fields and the English text in an `en:` block; this picks one
 * language's text and keeps what that edition can show: a symptom or category is in an edition
 * when it has that language's text and at least one published page in that language names it.
 */
import type { Lang } from '../schemas/content.ts';
import { basePath, langOfPath, localePath, otherEdition } from '../i18n/paths.ts';

export interface SymptomData {
  id: string;
  category: string;
  label?: string;
  description?: string;
  aliases?: string[];
  order?: number;
  urgent?: boolean;
  triggers?: string[];
  en?: { label: string; description: string; aliases: string[] };
}

export interface CategoryData {
  id: string;
  order: number;
  name?: string;
  description?: string;
  en?: { name: string; description: string };
}

/** A symptom in one edition: label, description and aliases in that edition's language. */
export type EditionSymptom = Omit<SymptomData, 'label' | 'description' | 'aliases' | 'en' | 'triggers'> & {
  label: string;
  description: string;
  aliases: string[];
  /** Urgent trigger words are Chinese; the English edition has none yet. */
  triggers?: string[];
};

export type EditionCategory = Omit<CategoryData, 'name' | 'description' | 'en'> & { name: string; description: string };

export interface PageRefs {
  category: string;
  symptoms: readonly string[];
  draft?: boolean;
}

/** The symptom's text in `lang`, or undefined when it has none. */
export function symptomText(symptom: SymptomData, lang: Lang): EditionSymptom | undefined {
  const { en, label, description, aliases, triggers, ...rest } = symptom;
  if (lang === 'en') return en ? { ...rest, label: en.label, description: en.description, aliases: en.aliases } : undefined;
  if (label === undefined || description === undefined || aliases === undefined) return undefined;
  return { ...rest, label, description, aliases, ...(triggers ? { triggers } : {}) };
}

/** The category's text in `lang`, or undefined when it has none. */
export function categoryText(category: CategoryData, lang: Lang): EditionCategory | undefined {
  const { en, name, description, ...rest } = category;
  if (lang === 'en') return en ? { ...rest, name: en.name, description: en.description } : undefined;
  if (name === undefined || description === undefined) return undefined;
  return { ...rest, name, description };
}

/**
 * The symptoms and categories of one edition: those with text in `lang` that a published page of
 * that edition names (as a symptom, or as the category of a page or of such a symptom).
 */
export function editionData(input: { symptoms: readonly SymptomData[]; categories: readonly CategoryData[]; pages: readonly PageRefs[] }, lang: Lang) {
  const published = input.pages.filter((page) => !page.draft);
  const named = new Set(published.flatMap((page) => page.symptoms));
  const symptoms = input.symptoms.filter((s) => named.has(s.id)).flatMap((s) => symptomText(s, lang) ?? []);
  const usedCategories = new Set([...published.map((page) => page.category), ...symptoms.map((s) => s.category)]);
  const categories = input.categories.filter((c) => usedCategories.has(c.id)).flatMap((c) => categoryText(c, lang) ?? []);
  return { symptoms, categories };
}

/** Pages every edition has (when built), paired by path. */
const EDITION_PAGES = new Set(['/', '/search/', '/about/', '/faq/', '/symptoms/', '/categories/']);
/**
 * The same page in the other edition, when it exists: pages are paired by path, so an article
 * and its counterpart share a slug (/articles/payment-failed/ ↔ /en/articles/payment-failed/), a
 * symptom hub or category its id. `has(lang, collection, id)` says whether that edition has it.
 */
export function counterpartPath(
  pathname: string,
  has: (lang: Lang, collection: 'articles' | 'faq' | 'symptoms' | 'categories', id: string) => boolean,
): { lang: Lang; path: string } | undefined {
  const base = basePath(pathname);
  const other = otherEdition(langOfPath(pathname));
  if (EDITION_PAGES.has(base)) return { lang: other, path: localePath(other, base) };
  const match = /^\/(articles|faq|symptoms|categories)\/([^/]+)\/$/.exec(base);
  if (match && has(other, match[1] as 'articles' | 'faq' | 'symptoms' | 'categories', match[2])) return { lang: other, path: localePath(other, base) };
  return undefined;
}
