/** /en/rss.xml: the English edition's feed (src/lib/feed.ts). */
import type { APIContext } from 'astro';
import { feed } from '../../lib/feed.ts';

export function GET(context: APIContext) {
  return feed(context, 'en');
}
