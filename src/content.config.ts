/** Astro content collections, validated by the same schemas as the content check. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { BUILD } from './site.config.ts';
import { articleSchema, categorySchema, faqSchema, symptomSchema } from './schemas/content.ts';

// KB_CONTENT_ROOT builds another content tree (test fixtures, benchmark content); default: this repository.
const content = `${BUILD.contentRoot}/content`;

export const collections = {
  categories: defineCollection({ loader: file(`${content}/categories.yaml`), schema: categorySchema }),
  symptoms: defineCollection({ loader: file(`${content}/symptoms.yaml`), schema: symptomSchema }),
  articles: defineCollection({ loader: glob({ base: `${content}/articles`, pattern: '*.mdx' }), schema: articleSchema }),
  faq: defineCollection({ loader: glob({ base: `${content}/faq`, pattern: '*.mdx' }), schema: faqSchema }),
};
