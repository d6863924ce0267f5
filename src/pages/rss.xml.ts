/** /rss.xml: the Chinese edition's feed (src/lib/feed.ts: the most recently source-checked first, undated pages last); the English one is /en/rss.xml. */
import type { APIContext } from 'astro';
import { feed } from '../lib/feed.ts';

export function GET(context: APIContext) {
  return feed(context, 'zh');
}
