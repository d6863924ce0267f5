/**
 * npm run eval:search [-- --site <dir>] [--no-baseline]
 * Runs tests/search/queries.tsv against the built index the way the /search/ page does and
 * prints hit@1, hit@3 and MRR, every query whose answer is not first, the same for the held-out
 * set (tests/search/holdout.tsv, never tuned on) and the blind batch for the synonym table
 * (tests/search/synonyms-blind.tsv), and the figures for Pagefind's order without
 * the re-rank and for a plain default Pagefind index of the same pages (the baseline). For
 * both sets also the zero-result rate, the mean time from a query to its ranked results in
 * Node, and how often the instant answer (symptom table only) names the right symptom first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { BUILD } from '../src/site.config.ts';
import { computeMetrics, parseQueriesTsv, type Metrics } from '../src/lib/search/metrics.ts';
import { buildBaselineSite, evaluateBaseline, evaluateSite, readSymptomTable, symptomsByUrl, type SiteEvalResult } from './lib/search-eval.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, 'no-baseline': { type: 'boolean' } } });
const siteDir = values.site ?? BUILD.dist;
const root = join(import.meta.dirname, '..');
/** The blind batch for the synonym table (issue 20). */
const BLIND_SET = 'synonyms-blind.tsv';

const fmt = (m: Metrics) => `hit@1 ${m.hitAt1.toFixed(3)}  hit@3 ${m.hitAt3.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  (${m.queries} 条查询)`;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** Zero-result rate, mean time to the first (ranked) results, and the instant answer's record. */
function extras(r: SiteEvalResult): void {
  console.log(`  零结果率 ${pct(r.zeroResultRate)}；Node 里从查询到排好序的结果平均 ${r.meanMs.toFixed(1)} ms（Pagefind 已启动）`);
  const i = r.instant;
  console.log(`  即时答案（只用症状表，不等 Pagefind）：第一个症状正确 ${i.right}/${i.queries}（${pct(i.right / Math.max(1, i.queries))}），错误 ${i.wrong}，未给出 ${i.none}`);
  for (const w of i.wrongCases) console.log(`  即时答案有误：${w.query} → 应为 ${w.expected}，给出 ${w.offered}`);
}

/** Prints a set's figures and every query whose answer is not first. */
function report(title: string, r: SiteEvalResult): void {
  console.log(`${title}：${fmt(r.metrics)}`);
  for (const miss of r.metrics.misses) {
    console.log(`  未排第一：${miss.query} → 应为 ${miss.expected}，${miss.rank === null ? '前列中没有' : `排第 ${miss.rank}`}；第一是 ${miss.first ?? '（无结果）'}`);
  }
  extras(r);
  // Symptoms without an article yet (new topics before their pages) are counted apart, so the
  // figures of the symptoms that have one stay comparable from one content state to the next.
  const withArticle = new Set(readSymptomTable(siteDir).filter((s) => s.article).map((s) => s.id));
  const [have, lack] = [r.cases.filter((c) => withArticle.has(c.expected)), r.cases.filter((c) => !withArticle.has(c.expected))];
  if (lack.length > 0) {
    console.log(`  其中症状已有文章的 ${have.length} 条：${fmt(computeMetrics(have))}`);
    console.log(`  其中症状还没有文章的 ${lack.length} 条：${fmt(computeMetrics(lack))}`);
  }
}

const readSet = (name: string) => parseQueriesTsv(readFileSync(join(root, 'tests', 'search', name), 'utf8'), `tests/search/${name}`);

try {
  const cases = readSet('queries.tsv');
  report('本站搜索（Pagefind + 别名 + 重排）', await evaluateSite(siteDir, cases));
  const holdout = readSet('holdout.tsv');
  report('留出集（没有据此调参）', await evaluateSite(siteDir, holdout));
  // Written blind before the synonym table (content/search-synonyms.yaml) existed; never tuned on.
  if (existsSync(join(root, 'tests', 'search', BLIND_SET))) report('同义说法盲测批（写在同义词表之前，没有据此调参）', await evaluateSite(siteDir, readSet(BLIND_SET)));
  const pagefindOnly = await evaluateSite(siteDir, cases, false);
  console.log(`不重排（只用 Pagefind 排序）：${fmt(pagefindOnly.metrics)}`);
  if (!values['no-baseline']) {
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
