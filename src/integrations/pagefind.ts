/**
 * The search index, written by `astro build` itself: at `astro:build:done` Pagefind indexes the
 * built HTML through its Node API (the same indexer as the `pagefind` CLI, with the CLI's defaults)
 * and writes <dist>/pagefind/. Tests, the bench and the eval use this, never a second step.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
  /** Where the index was written. */
  outputPath: string;
}

/** Indexes every HTML page under `siteDir` into `siteDir/pagefind`. Throws with Pagefind's own errors. */
export async function indexSite(siteDir: string): Promise<IndexReport> {
  const fail = (step: string, errors: readonly string[]) => new Error(`Pagefind 建索引失败（${step}）：${errors.join('；')}`);
  const created = await pagefind.createIndex({});
  if (!created.index) throw fail('createIndex', created.errors);
  try {
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length) throw fail('addDirectory', added.errors);
    const outputPath = join(siteDir, 'pagefind');
    const written = await created.index.writeFiles({ outputPath });
    if (written.errors.length) throw fail('writeFiles', written.errors);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}
