import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleInput, type FaqInput } from '../../src/lib/graph.ts';

const categories = [
  { id: 'withdrawal', name: '提现', order: 2 },
  { id: 'balance', name: '零钱', order: 1 },
  { id: 'account', name: '账户', order: 3 },
];
const symptoms = [
  { id: 'w-fail', label: '提现失败', category: 'withdrawal', order: 2 },
  { id: 'w-fee', label: '手续费', category: 'withdrawal', order: 1 },
  { id: 'w-slow', label: '不到账', category: 'withdrawal' },
  { id: 'b-zero', label: '余额为零', category: 'balance', order: 5 },
  { id: 'b-neg', label: '负数', category: 'balance' },
];
const article = (slug: string, category: string, syms: string[], extra: Partial<ArticleInput> = {}): ArticleInput => ({
  slug,
  title: `标题 ${slug}`,
  category,
  symptoms: syms,
  ...extra,
});
const faq = (slug: string, syms: string[], related: string[], extra: Partial<FaqInput> = {}): FaqInput => ({
  slug,
  question: `问题 ${slug}`,
  category: 'withdrawal',
  symptoms: syms,
  related,
  ...extra,
});

const articles = [
  article('a', 'withdrawal', ['w-fail'], { related: ['c', 'missing', 'a', 'draft'] }),
  article('b', 'withdrawal', ['w-fail', 'w-slow']),
  article('c', 'balance', ['b-zero']),
  article('d', 'withdrawal', ['w-fee']),
  article('e', 'account', ['b-neg'], { related: ['a'] }),
  article('f', 'withdrawal', ['w-slow']),
  article('draft', 'withdrawal', ['w-fail'], { draft: true, related: ['a'] }),
];
const faqs = [faq('q1', ['w-fail'], ['b']), faq('q2', ['b-zero'], ['a']), faq('q3', ['w-fee'], ['d']), faq('qd', ['w-fail'], ['a'], { draft: true })];
const graph = buildGraph({ categories, symptoms, articles, faqs });
const slugs = (list: { slug: string }[]) => list.map((x) => x.slug);

describe('buildGraph', () => {
  it('orders categories by order and symptoms by category, then symptom order (unset last)', () => {
    expect(graph.categories.map((c) => c.id)).toEqual(['balance', 'withdrawal', 'account']);
    expect(graph.symptoms.map((s) => s.id)).toEqual(['b-zero', 'b-neg', 'w-fee', 'w-fail', 'w-slow']);
  });

  it('leaves drafts out everywhere', () => {
    expect(slugs(graph.articles)).not.toContain('draft');
    expect(slugs(graph.faqs)).not.toContain('qd');
    expect(graph.article('draft')).toBeUndefined();
    for (const a of graph.articles) {
      expect(slugs(graph.relatedArticles(a.slug))).not.toContain('draft');
      expect(slugs(graph.faqsForArticle(a.slug))).not.toContain('qd');
    }
    expect(slugs(graph.articlesForSymptom('w-fail'))).toEqual(['a', 'b']);
    expect(slugs(graph.backlinks('a').articles)).toEqual(['e']);
  });

  it('relates explicit links first, then links back, then shared symptoms, then the category; never self', () => {
    // explicit: c (missing, self and draft dropped); reverse: e; shared symptom: b; category: d, f
    expect(slugs(graph.relatedArticles('a'))).toEqual(['c', 'e', 'b', 'd', 'f']);
    // c's only link is the reverse of a's explicit one
    expect(slugs(graph.relatedArticles('c'))).toEqual(['a']);
    // shared symptoms ranked by count: b shares w-fail with a and w-slow with f
    expect(slugs(graph.relatedArticles('b'))).toEqual(['a', 'f', 'd']);
    for (const a of graph.articles) expect(slugs(graph.relatedArticles(a.slug))).not.toContain(a.slug);
  });

  it('is symmetric for explicit links', () => {
    for (const a of graph.articles) {
      for (const r of a.related ?? []) {
        if (graph.article(r) && r !== a.slug) expect(slugs(graph.relatedArticles(r))).toContain(a.slug);
      }
    }
  });

  it('caps the filled list but keeps every explicit and reverse link', () => {
    const small = buildGraph({ categories, symptoms, articles, faqs }, { relatedLimit: 1 });
    expect(slugs(small.relatedArticles('a'))).toEqual(['c', 'e']);
    expect(slugs(small.relatedArticles('b'))).toEqual(['a']);
  });

  it('is deterministic whatever the input order', () => {
    const shuffled = buildGraph({ categories: [...categories].reverse(), symptoms: [...symptoms].reverse(), articles: [...articles].reverse(), faqs: [...faqs].reverse() });
    for (const a of graph.articles) expect(slugs(shuffled.relatedArticles(a.slug))).toEqual(slugs(graph.relatedArticles(a.slug)));
    expect(slugs(shuffled.articles)).toEqual(slugs(graph.articles));
    expect(shuffled.symptoms.map((s) => s.id)).toEqual(graph.symptoms.map((s) => s.id));
  });

  it('finds FAQs for an article: those naming it first, then shared symptoms', () => {
    expect(slugs(graph.faqsForArticle('a'))).toEqual(['q2', 'q1']);
    expect(slugs(graph.faqsForArticle('b'))).toEqual(['q1']);
    expect(slugs(graph.faqsForArticle('f'))).toEqual([]);
    expect(graph.faqsForArticle('nope')).toEqual([]);
  });

  it('lists articles and FAQs per symptom (main symptom first) and per category', () => {
    expect(slugs(graph.articlesForSymptom('w-slow'))).toEqual(['f', 'b']);
    expect(slugs(graph.faqsForSymptom('w-fail'))).toEqual(['q1']);
    expect(slugs(graph.articlesForCategory('withdrawal'))).toEqual(['a', 'b', 'd', 'f']);
    expect(slugs(graph.faqsForCategory('withdrawal'))).toEqual(['q1', 'q2', 'q3']);
    expect(graph.symptomsForCategory('withdrawal').map((s) => s.id)).toEqual(['w-fee', 'w-fail', 'w-slow']);
    expect(graph.articlesForSymptom('unknown')).toEqual([]);
  });

  it('reports backlinks from articles and FAQs', () => {
    expect(slugs(graph.backlinks('a').faqs)).toEqual(['q2']);
    expect(slugs(graph.backlinks('c').articles)).toEqual(['a']);
    expect(graph.backlinks('f')).toEqual({ articles: [], faqs: [] });
  });
});

describe('buildGraph at scale', () => {
  // Not a timing test: it pins the bounded list sizes that keep pages (and the build) linear.
  const many = Array.from({ length: 400 }, (_, i) => ({
    slug: `a${i}`,
    title: `文章 ${String(i).padStart(3, '0')}`,
    category: i % 2 ? 'balance' : 'withdrawal',
    symptoms: [i % 2 ? 'balance-zero' : 'withdrawal-failed'],
    related: i === 0 ? ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'] : undefined,
  }));
  const manyFaqs = Array.from({ length: 200 }, (_, i) => ({
    slug: `q${i}`,
    question: `问题 ${String(i).padStart(3, '0')}`,
    category: 'withdrawal',
    symptoms: ['withdrawal-failed'],
    related: [i < 10 ? 'a0' : 'a2'],
  }));
  const big = buildGraph({
    categories: [
      { id: 'balance', name: '零钱', order: 1 },
      { id: 'withdrawal', name: '提现', order: 2 },
    ],
    symptoms: [
      { id: 'balance-zero', label: '余额为零', category: 'balance' },
      { id: 'withdrawal-failed', label: '提现失败', category: 'withdrawal' },
    ],
    articles: many,
    faqs: manyFaqs,
  });

  it('fills related articles up to the limit but keeps every explicit link', () => {
    expect(big.relatedArticles('a4').length).toBe(5);
    expect(big.relatedArticles('a0').map((a: { slug: string }) => a.slug).slice(0, 7)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
  });

  it('lists every FAQ that names the article, and at most 8 more-or-less related ones otherwise', () => {
    expect(big.faqsForArticle('a0').length).toBe(10);
    expect(big.faqsForArticle('a4').length).toBe(8);
    expect(big.faqsForArticle('a2').length).toBe(190);
  });
});
