/**
 * Writes the Pagefind index of a built site on its own: `node scripts/index-site.ts <dir>`.
 * `astro build` already does this (src/integrations/pagefind.ts); the bench uses this script to
 * time the index step alone and to index bare HTML folders that are not Astro builds.
 */
import { parseArgs } from 'node:util';
import { indexSite } from '../src/integrations/pagefind.ts';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('用法：node scripts/index-site.ts <构建目录>');
  process.exit(2);
}
const { pages, outputPath } = await indexSite(positionals[0]);
console.log(`Pagefind：读了 ${pages} 个 HTML 文件，索引写到 ${outputPath}`);
