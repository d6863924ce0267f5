/**
 * Search relevance on the real build: tests/search/queries.tsv run through the same code path
 * as the /search/ page (runSearch: normalisation, Pagefind options, symptom re-rank).
 * Targets: hit@1 ≥ 0.95 and hit@3 ≥ 0.98; hit@1 ≥ 0.90 on the held-out set (never tuned on);
 * clearly above a default Pagefind index; no query without results. Each set is evaluated once.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQueriesTsv } from '../../src/lib/search/metrics.ts';
import { buildBaselineSite, evaluateBaseline, evaluateSite, readSymptomTable, symptomsByUrl, type EvalResult, type SiteEvalResult } from '../../scripts/lib/search-eval.ts';
import { requireDist, ROOT } from '../helpers/dist.ts';

const cases = parseQueriesTsv(readFileSync(join(ROOT, 'tests', 'search', 'queries.tsv'), 'utf8'));
const holdout = parseQueriesTsv(readFileSync(join(ROOT, 'tests', 'search', 'holdout.tsv'), 'utf8'), 'holdout.tsv');

// Each query runs the real Pagefind search in Node: the time grows with queries.tsv and with the load
// on the shared 2-core machine. So every set is evaluated once, in beforeAll, and the tests read the results.
describe('search relevance (npm run eval:search)', { timeout: 180_000 }, () => {
  const dist = requireDist();
  const ids = readSymptomTable(dist).map((s) => s.id);
  let ours: SiteEvalResult;
  let held: SiteEvalResult;
  let baseline: EvalResult;

  beforeAll(async () => {
    ours = await evaluateSite(dist, cases);
    held = await evaluateSite(dist, holdout);
    const baselineDir = join(tmpdir(), `kb-search-baseline-test-${process.pid}`);
    buildBaselineSite(dist, baselineDir);
    baseline = await evaluateBaseline(baselineDir, symptomsByUrl(dist), cases);
    rmSync(baselineDir, { recursive: true, force: true });
  }, 180_000);

  it('the query set covers every symptom with at least 4 queries and names only real symptoms', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const c of cases) expect(ids, `未知症状 id：${c.expected}（${c.query}）`).toContain(c.expected);
    for (const id of ids) expect(cases.filter((c) => c.expected === id).length, `症状 ${id} 的查询太少`).toBeGreaterThanOrEqual(4);
  });

  it('puts a page answering the expected symptom first (hit@1 ≥ 0.95) and in the top 3 (hit@3 ≥ 0.98), never nothing', () => {
    const { metrics, zeroResultRate } = ours;
    const report = metrics.misses.map((m) => `${m.query} → ${m.expected}：第 ${m.rank ?? '-'} 位，第一是 ${m.first}`).join('\n');
    expect(metrics.hitAt3, report).toBeGreaterThanOrEqual(0.98);
    expect(metrics.hitAt1, report).toBeGreaterThanOrEqual(0.95);
    expect(zeroResultRate).toBe(0);
  });

  it('does as well on the held-out queries (hit@1 ≥ 0.90)', () => {
    for (const c of holdout) expect(ids, `未知症状 id：${c.expected}（${c.query}）`).toContain(c.expected);
    const { metrics } = held;
    const report = metrics.misses.map((m) => `${m.query} → ${m.expected}：第 ${m.rank ?? '-'} 位，第一是 ${m.first}`).join('\n');
    expect(metrics.hitAt1, report).toBeGreaterThanOrEqual(0.9);
  });

  it('the instant answer is almost never wrong: at most 2% of the queries that get one name another symptom', () => {
    const { instant } = ours;
    const offered = instant.right + instant.wrong;
    expect(offered / instant.queries).toBeGreaterThanOrEqual(0.8);
    expect(instant.wrong / offered, JSON.stringify(instant.wrongCases)).toBeLessThanOrEqual(0.02);
  });

  it('beats a plain default Pagefind index of the same pages', () => {
    expect(ours.metrics.hitAt1).toBeGreaterThanOrEqual(baseline.metrics.hitAt1 + 0.1);
    expect(ours.metrics.mrr).toBeGreaterThan(baseline.metrics.mrr);
  });

  it('opens the withdrawal-failed article first for 提现失败 (the header search flow)', async () => {
    const { cases: ranked } = await evaluateSite(dist, [{ query: '提现失败', expected: 'withdrawal-failed', note: '' }]);
    expect(ranked[0].ranked[0].url).toBe('/articles/withdrawal-failed/');
  });
});
