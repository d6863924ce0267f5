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

function shared(a: readonly string[], b: readonly string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

/** Appends items not seen yet, skipping `exclude`. */
function pushUnique<T>(out: T[], items: Iterable<T>, exclude?: T) {
  for (const item of items) if (item !== exclude && !out.includes(item)) out.push(item);
}

export function buildGraph<C extends CategoryInput, S extends SymptomInput, A extends ArticleInput, F extends FaqInput>(
  input: GraphInput<C, S, A, F>,
  options: GraphOptions = {},
): Graph<C, S, A, F> {
  const relatedLimit = options.relatedLimit ?? 5;

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

  const relatedCache = new Map<string, A[]>();
  for (const article of articles) {
    const out: A[] = [];
    // 1. What the author chose, in the author's order.
    pushUnique(out, existing(article.related), article);
    // 2. Articles that chose this one (the link back).
    pushUnique(out, articles.filter((other) => other.related?.includes(article.slug)), article);
    // 3. Articles about the same problems, most shared symptoms first.
    const bySymptom = articles
      .map((other) => ({ other, count: shared(article.symptoms, other.symptoms) }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count)
      .map(({ other }) => other);
    pushUnique(out, bySymptom, article);
    // 4. The rest of the category.
    pushUnique(out, articles.filter((other) => other.category === article.category), article);
    // Explicit and reverse links are always kept; the fill stops at the limit.
    const explicit = new Set([...existing(article.related), ...articles.filter((o) => o.related?.includes(article.slug))]);
    relatedCache.set(
      article.slug,
      out.filter((a, i) => i < relatedLimit || explicit.has(a)),
    );
  }

  const faqsForArticle = (slug: string): F[] => {
    const article = articleBySlug.get(slug);
    if (!article) return [];
    const out: F[] = [];
    pushUnique(out, faqs.filter((f) => f.related.includes(slug)));
    pushUnique(
      out,
      faqs
        .map((f) => ({ f, count: shared(article.symptoms, f.symptoms) }))
        .filter(({ count }) => count > 0)
        .sort((a, b) => b.count - a.count)
        .map(({ f }) => f),
    );
    return out;
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
      articles: articles.filter((a) => a.slug !== slug && a.related?.includes(slug)),
      faqs: faqs.filter((f) => f.related.includes(slug)),
    }),
    articlesForSymptom: (id) => [...(articlesForSymptomCache.get(id) ?? articles.filter((a) => a.symptoms.includes(id)))],
    faqsForSymptom: (id) => faqs.filter((f) => f.symptoms.includes(id)),
    symptomsForCategory: (id) => symptoms.filter((s) => s.category === id),
    articlesForCategory: (id) => articles.filter((a) => a.category === id),
    faqsForCategory: (id) => faqs.filter((f) => f.category === id),
  };
}
