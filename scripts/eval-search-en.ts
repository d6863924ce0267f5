/**
 * npm run eval:search:en [-- --site <dir>]
 * The English edition's search eval: tests/search/en-queries.tsv (tuning set) and
 * tests/search/en-holdout.tsv (held out, never tuned on) and tests/search/en-blind.tsv (a later blind batch,
 * report only, no gate) run against /en/search/'s symptom table
 * and Pagefind's English index the way the page does; prints hit@1, hit@3, MRR, every miss and the
 * instant answer's record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQueriesTsv, type Metrics } from '../src/lib/search/metrics.ts';
import { evaluateSite, type SiteEvalResult } from './lib/search-eval.ts';

const args = process.argv.slice(2);
const siteArg = args.indexOf('--site');
const siteDir = siteArg >= 0 && args[siteArg + 1] ? args[siteArg + 1] : process.env.KB_DIST ?? 'dist';
const root = join(import.meta.dirname, '..');
const fmt = (m: Metrics) => `hit@1 ${m.hitAt1.toFixed(3)}  hit@3 ${m.hitAt3.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  (${m.queries} queries)`;

function report(title: string, r: SiteEvalResult): void {
  console.log(`${title}: ${fmt(r.metrics)}; zero results ${(100 * r.zeroResultRate).toFixed(1)}%`);
  for (const miss of r.metrics.misses) console.log(`  not first: ${miss.query} → ${miss.expected}, ${miss.rank === null ? 'not in the list' : `rank ${miss.rank}`}; first ${miss.first ?? '(nothing)'}`);
  const i = r.instant;
  console.log(`  instant answer: right ${i.right}/${i.queries}, wrong ${i.wrong}, none ${i.none}`);
  for (const w of i.wrongCases) console.log(`  instant answer wrong: ${w.query} → ${w.expected}, gave ${w.offered}`);
}

for (const [title, file] of [['English tuning set', 'en-queries.tsv'], ['English held-out set', 'en-holdout.tsv'], ['English blind batch (report only)', 'en-blind.tsv']] as const) {
  const cases = parseQueriesTsv(readFileSync(join(root, 'tests', 'search', file), 'utf8'), file);
  report(title, await evaluateSite(siteDir, cases, true, 'en'));
}
