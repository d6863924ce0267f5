/**
 * schema.org JSON-LD for search engines. Builders return plain objects; `serializeJsonLd`
 * makes them safe to put inside <script type="application/ld+json">.
 */

export interface Crumb {
  name: string;
  /** Absolute URL; the last crumb (the current page) may omit it. */
  url?: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  };
}

export interface ArticleLd {
  title: string;
  description: string;
  url: string;
  /** YYYY-MM-DD: the day the sources were last compared with the text; absent when the page cites nothing. */
  dateModified?: string;
  publisherName: string;
  inLanguage: string;
}

export function articleLd(article: ArticleLd) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    ...(article.dateModified ? { dateModified: article.dateModified } : {}),
    inLanguage: article.inLanguage,
    publisher: { '@type': 'Organization', name: article.publisherName },
  };
}

export interface FaqLd {
  question: string;
  /** Plain text of the answer. */
  answer: string;
  url: string;
  inLanguage: string;
}

export function faqPageLd(faq: FaqLd) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: faq.url,
    inLanguage: faq.inLanguage,
    mainEntity: [
      {
        '@type': 'Question',
        name: faq.question,
        acceptedAnswer: { '@type': 'Answer', text: faq.answer },
      },
    ],
  };
}

/**
 * JSON for an inline script: `<` `>` `&` and the line separators U+2028/2029 become \u escapes,
 * so content such as “</script>” cannot end the script element. The result still parses to
 * the same value with JSON.parse.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
