import type { CheerioAPI } from 'cheerio';
import { z } from 'astro/zod';

// A JSON-LD node as the tests see it: its type ("@type"), the rest unchecked (tests match on it).
const jsonLdNode = z.looseObject({ '@type': z.string() });
export type JsonLdNode = z.infer<typeof jsonLdNode>;

/** Every JSON-LD block of a page, parsed; a block that is not JSON or has no type throws. */
export function jsonLdOf($: CheerioAPI): JsonLdNode[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => jsonLdNode.parse(JSON.parse($(el).text())));
}
