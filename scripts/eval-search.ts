/**
 * npm run eval:search [-- --site <dir>] [--no-baseline]
 * Runs tests/search/queries.tsv against the built index the way the /search/ page does and
 * prints hit@1, hit@3 and MRR, every query whose answer is not first, the same for the held-out
 * set (tests/search/holdout.tsv, never tuned on), and the figures for Pagefind's order without
 * the re-rank and for a plain default Pagefind index of the same pages (the baseline). For
 * both sets also the zero-result rate, the mean time from a query to its ranked results in
 * Node, and how often the instant answer (symptom table only) names the right symptom first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseQueriesTsv, type Metrics } from '../src/lib/search/metrics.ts';
import { buildBaselineSite, evaluateBaseline, evaluateSite, symptomsByUrl, type SiteEvalResult } from './lib/search-eval.ts';

const args = process.argv.slice(2);
const siteArg = args.indexOf('--site');
const siteDir = siteArg >= 0 && args[siteArg + 1] ? args[siteArg + 1] : process.env.KB_DIST ?? 'dist';
const root = join(import.meta.dirname, '..');
const queriesFile = join(root, 'tests', 'search', 'queries.tsv');

const fmt = (m: Metrics) => `hit@1 ${m.hitAt1.toFixed(3)}  hit@3 ${m.hitAt3.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  (${m.queries} 条查询)`;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** Zero-result rate, mean time to the first (ranked) results, and the instant answer's record. */
function extras(r: SiteEvalResult): void {
  console.log(`  零结果率 ${pct(r.zeroResultRate)}；Node 里从查询到排好序的结果平均 ${r.meanMs.toFixed(1)} ms（Pagefind 已启动）`);
  const i = r.instant;
  console.log(`  即时答案（只用症状表，不等 Pagefind）：第一个症状正确 ${i.right}/${i.queries}（${pct(i.right / Math.max(1, i.queries))}），错误 ${i.wrong}，未给出 ${i.none}`);
  for (const w of i.wrongCases) console.log(`  即时答案有误：${w.query} → 应为 ${w.expected}，给出 ${w.offered}`);
}

try {
  const cases = parseQueriesTsv(readFileSync(queriesFile, 'utf8'), 'tests/search/queries.tsv');
  const ours = await evaluateSite(siteDir, cases);
  console.log(`本站搜索（Pagefind + 别名 + 重排）：${fmt(ours.metrics)}`);
  for (const miss of ours.metrics.misses) {
    console.log(`  未排第一：${miss.query} → 应为 ${miss.expected}，${miss.rank === null ? '前列中没有' : `排第 ${miss.rank}`}；第一是 ${miss.first ?? '（无结果）'}`);
  }
  extras(ours);
  const holdout = parseQueriesTsv(readFileSync(join(root, 'tests', 'search', 'holdout.tsv'), 'utf8'), 'tests/search/holdout.tsv');
  const held = await evaluateSite(siteDir, holdout);
  console.log(`留出集（没有据此调参）：${fmt(held.metrics)}`);
  for (const miss of held.metrics.misses) {
    console.log(`  未排第一：${miss.query} → 应为 ${miss.expected}，${miss.rank === null ? '前列中没有' : `排第 ${miss.rank}`}；第一是 ${miss.first ?? '（无结果）'}`);
  }
  extras(held);
  const pagefindOnly = await evaluateSite(siteDir, cases, false);
  console.log(`不重排（只用 Pagefind 排序）：${fmt(pagefindOnly.metrics)}`);
  if (!args.includes('--no-baseline')) {
    const baselineDir = join(tmpdir(), `kb-search-baseline-${process.pid}`);
    buildBaselineSite(siteDir, baselineDir);
    const baseline = await evaluateBaseline(baselineDir, symptomsByUrl(siteDir), cases);
    console.log(`基线（同样的页面，Pagefind 默认索引）：${fmt(baseline.metrics)}`);
    const baselineHeld = await evaluateBaseline(baselineDir, symptomsByUrl(siteDir), holdout);
    console.log(`基线，留出集：${fmt(baselineHeld.metrics)}`);
  }
} catch (error) {
  console.error(`搜索评测失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
