/**
 * The cross-link graph: which pages link to which. Pure: it takes plain arrays (from Astro's
 * collections in the build, from literals in the tests) and returns lists in a fixed order,
 * so pages only render what it says and two builds of the same content are identical.
 */

export interface CategoryInput {
  id: string;
  name: string;
  order: number;
}

export interface SymptomInput {
  id: string;
  label: string;
  category: string;
  order?: number;
}

export interface ArticleInput {
  slug: string;
  title: string;
  category: string;
  symptoms: readonly string[];
  related?: readonly string[];
  draft?: boolean;
}

export interface FaqInput {
  slug: string;
  question: string;
  category: string;
  symptoms: readonly string[];
  related: readonly string[];
  draft?: boolean;
}

export interface GraphInput<C extends CategoryInput, S extends SymptomInput, A extends ArticleInput, F extends FaqInput> {
  categories: readonly C[];
  symptoms: readonly S[];
  articles: readonly A[];
  faqs: readonly F[];
}

export interface GraphOptions {
  /** How many related articles an article shows. */
  relatedLimit?: number;
  /** How many FAQs an article lists beyond those that name it. */
  faqLimit?: number;
}

export interface Backlinks<A, F> {
  /** Published articles whose `related` names this article. */
  articles: A[];
  /** Published FAQs whose `related` names this article. */
  faqs: F[];
}

export interface Graph<C extends CategoryInput, S extends SymptomInput, A extends ArticleInput, F extends FaqInput> {
  /** Categories by `order`, then id. */
  categories: C[];
  /** Symptoms by their category's order, then symptom `order` (unset last), then id. */
  symptoms: S[];
  /** Published articles by title. */
  articles: A[];
  /** Published FAQs by question. */
  faqs: F[];
  category(id: string): C | undefined;
  symptom(id: string): S | undefined;
  article(slug: string): A | undefined;
  faq(slug: string): F | undefined;
  relatedArticles(slug: string): A[];
  faqsForArticle(slug: string): F[];
  backlinks(slug: string): Backlinks<A, F>;
  articlesForSymptom(id: string): A[];
  faqsForSymptom(id: string): F[];
  symptomsForCategory(id: string): S[];
  articlesForCategory(id: string): A[];
  faqsForCategory(id: string): F[];
}

const collator = new Intl.Collator('zh-CN');
const byString = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

export function buildGraph<C extends CategoryInput, S extends SymptomInput, A extends ArticleInput, F extends FaqInput>(
  input: GraphInput<C, S, A, F>,
  options: GraphOptions = {},
): Graph<C, S, A, F> {
  const relatedLimit = options.relatedLimit ?? 5;
  const faqLimit = options.faqLimit ?? 8;

  const categories = [...input.categories].sort((a, b) => a.order - b.order || byString(a.id, b.id));
  const categoryRank = new Map(categories.map((c, i) => [c.id, i]));
  const rank = (id: string) => categoryRank.get(id) ?? Number.MAX_SAFE_INTEGER;

  const symptoms = [...input.symptoms].sort(
    (a, b) =>
      rank(a.category) - rank(b.category) ||
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      byString(a.id, b.id),
  );
  const articles = input.articles.filter((a) => !a.draft).sort((a, b) => byString(a.title, b.title) || byString(a.slug, b.slug));
  const faqs = input.faqs.filter((f) => !f.draft).sort((a, b) => byString(a.question, b.question) || byString(a.slug, b.slug));

  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const symptomById = new Map(symptoms.map((s) => [s.id, s]));
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const faqBySlug = new Map(faqs.map((f) => [f.slug, f]));

  const existing = (slugs: readonly string[] | undefined) =>
    (slugs ?? []).map((slug) => articleBySlug.get(slug)).filter((a): a is A => a !== undefined);

  /** Articles for a symptom: those where it is the main (first) symptom lead, then by title. */
  const articlesForSymptomCache = new Map<string, A[]>();
  for (const symptom of symptoms) {
    const list = articles
      .filter((a) => a.symptoms.includes(symptom.id))
      .sort((a, b) => a.symptoms.indexOf(symptom.id) - b.symptoms.indexOf(symptom.id));
    articlesForSymptomCache.set(symptom.id, list);
  }

  // Indexes built once, so filling each page's lists stays linear in what it shows: without
  // them the build grew with the square of the number of articles (see bench/results.md).
  const titleOrder = new Map(articles.map((a, i) => [a, i]));
  const linkingArticles = new Map<string, A[]>();
  for (const other of articles)
    for (const slug of new Set(other.related ?? [])) linkingArticles.set(slug, [...(linkingArticles.get(slug) ?? []), other]);
  const articlesByCategory = new Map<string, A[]>();
  for (const a of articles) articlesByCategory.set(a.category, [...(articlesByCategory.get(a.category) ?? []), a]);
  const faqsLinking = new Map<string, F[]>();
  const faqsBySymptom = new Map<string, F[]>();
  for (const f of faqs) {
    for (const slug of new Set(f.related)) faqsLinking.set(slug, [...(faqsLinking.get(slug) ?? []), f]);
    for (const id of new Set(f.symptoms)) faqsBySymptom.set(id, [...(faqsBySymptom.get(id) ?? []), f]);
  }
  const faqOrder = new Map(faqs.map((f, i) => [f, i]));

  /** Items sharing symptoms with `symptomIds`, most shared first, then in list order. */
  function bySharedSymptoms<T>(symptomIds: readonly string[], index: (id: string) => readonly T[], order: Map<T, number>): T[] {
    const counts = new Map<T, number>();
    for (const id of new Set(symptomIds)) for (const item of index(id)) counts.set(item, (counts.get(item) ?? 0) + 1);
    return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order.get(a)! - order.get(b)!);
  }

  const relatedCache = new Map<string, A[]>();
  for (const article of articles) {
    // 1. What the author chose, in the author's order; 2. articles that chose this one (the link back).
    // Both are always kept.
    const explicit = new Set<A>([...existing(article.related), ...(linkingArticles.get(article.slug) ?? [])]);
    explicit.delete(article);
    const out = new Set<A>(explicit);
    const fill = (candidates: Iterable<A>) => {
      for (const candidate of candidates) {
        if (out.size >= Math.max(relatedLimit, explicit.size)) return;
        if (candidate !== article) out.add(candidate);
      }
    };
    // 3. Articles about the same problems, most shared symptoms first; 4. the rest of the category.
    fill(bySharedSymptoms(article.symptoms, (id) => articlesForSymptomCache.get(id) ?? [], titleOrder));
    fill(articlesByCategory.get(article.category) ?? []);
    relatedCache.set(article.slug, [...out]);
  }

  const faqsForArticle = (slug: string): F[] => {
    const article = articleBySlug.get(slug);
    if (!article) return [];
    // FAQs that name this article are all kept; FAQs on the same symptoms fill up to the limit.
    const out = new Set<F>(faqsLinking.get(slug) ?? []);
    const limit = Math.max(faqLimit, out.size);
    for (const f of bySharedSymptoms(article.symptoms, (id) => faqsBySymptom.get(id) ?? [], faqOrder)) {
      if (out.size >= limit) break;
      out.add(f);
    }
    return [...out];
  };

  return {
    categories,
    symptoms,
    articles,
    faqs,
    category: (id) => categoryById.get(id),
    symptom: (id) => symptomById.get(id),
    article: (slug) => articleBySlug.get(slug),
    faq: (slug) => faqBySlug.get(slug),
    relatedArticles: (slug) => [...(relatedCache.get(slug) ?? [])],
    faqsForArticle,
    backlinks: (slug) => ({
      articles: (linkingArticles.get(slug) ?? []).filter((a) => a.slug !== slug),
      faqs: [...(faqsLinking.get(slug) ?? [])],
    }),
    articlesForSymptom: (id) => [...(articlesForSymptomCache.get(id) ?? articles.filter((a) => a.symptoms.includes(id)))],
    faqsForSymptom: (id) => faqs.filter((f) => f.symptoms.includes(id)),
    symptomsForCategory: (id) => symptoms.filter((s) => s.category === id),
    articlesForCategory: (id) => articles.filter((a) => a.category === id),
    faqsForCategory: (id) => faqs.filter((f) => f.category === id),
  };
}
