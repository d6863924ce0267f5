/**
 * The search eval's machinery: run a query set against a built site exactly as the /search/
 * page does (runSearch: same normalisation, Pagefind options and re-rank), and build the
 * baseline — a plain default Pagefind index of the same HTML with our search attributes and
 * alias block removed — to show what the tuning adds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { instantAnswers, type SearchData } from '../../src/lib/search/instant.ts';
import { computeMetrics, instantMetrics, type InstantMetrics, type Metrics, type QueryCase, type RankedCase } from '../../src/lib/search/metrics.ts';
import { parseQuery } from '../../src/lib/search/normalize.ts';
import { englishNormaliser } from '../../src/lib/search/english.ts';
import { runSearch } from '../../src/lib/search/run.ts';
import { PAGEFIND_OPTIONS, PAGEFIND_LANGUAGE } from '../../src/lib/search/tuning.ts';
import { ID_SEARCH_DATA, META_SYMPTOM_IDS } from '../../src/lib/search/contract.ts';
import type { SymptomTerms } from '../../src/lib/search/match.ts';
import { htmlFiles, urlOfFile } from '../../src/integrations/html-files.ts';
import { loadPagefind } from './pagefind-node.ts';

export interface EvalResult {
  metrics: Metrics;
  cases: RankedCase[];
}

export interface SiteEvalResult extends EvalResult {
  /** Share of queries with no result at all. */
  zeroResultRate: number;
  /** Mean milliseconds from a query to its ranked, loaded results in Node (Pagefind already started). */
  meanMs: number;
  /** The instant answer (symptom table only, no Pagefind) on the same queries. */
  instant: InstantMetrics;
}

/** What the /search/ page embeds (script#search-data in search/index.html): symptom table, synonyms, first actions. */
export function readSearchData(siteDir: string, edition: 'zh' | 'en' = 'zh'): SearchData {
  // The English edition's search page is en/search/ (its own table and Pagefind's English index).
  const file = join(siteDir, ...(edition === 'en' ? ['en'] : []), 'search', 'index.html');
  if (!existsSync(file)) throw new Error(`${file} 不存在：先运行 npm run build`);
  const json = cheerio.load(readFileSync(file, 'utf8'))(`script#${ID_SEARCH_DATA}`).text();
  if (!json) throw new Error(`${file} 里没有 script#search-data（搜索页的症状表和同义说法）`);
  return JSON.parse(json) as SearchData;
}

/** The symptom table the /search/ page ships. */
export function readSymptomTable(siteDir: string): SymptomTerms[] {
  return readSearchData(siteDir).symptoms;
}

/** Which symptoms each page answers, read from the SearchTerms meta in the built HTML. */
export function symptomsByUrl(siteDir: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const file of htmlFiles(siteDir)) {
    const $ = cheerio.load(readFileSync(join(siteDir, file), 'utf8'));
    const meta = $(`[data-pagefind-meta^="${META_SYMPTOM_IDS}:"]`).attr('data-pagefind-meta');
    if (meta) map.set(urlOfFile(file), meta.slice(`${META_SYMPTOM_IDS}:`.length).split(/\s+/).filter(Boolean));
  }
  return map;
}

/** Our search, as the page runs it (rerank: false gives Pagefind's order with our index). */
export async function evaluateSite(siteDir: string, cases: QueryCase[], rerank = true, edition: 'zh' | 'en' = 'zh'): Promise<SiteEvalResult> {
  const { symptoms: table, synonyms, lang } = readSearchData(siteDir, edition);
  // Pagefind keeps one index per <html lang>: the English edition searches the English one.
  const pagefind = await loadPagefind(siteDir, PAGEFIND_OPTIONS, lang === 'en' ? 'en' : PAGEFIND_LANGUAGE);
  const english = lang === 'en' ? englishNormaliser(table) : undefined;
  const ranked: RankedCase[] = [];
  const instant: (QueryCase & { instant: string[] })[] = [];
  let zero = 0;
  let ms = 0;
  for (const c of cases) {
    const started = performance.now();
    const query = parseQuery(c.query, synonyms, english);
    const hits = await runSearch(pagefind, query, table, { rerank });
    ms += performance.now() - started;
    if (hits.length === 0) zero++;
    ranked.push({ ...c, ranked: hits.map((h) => ({ url: h.url, symptoms: h.symptoms })) });
    instant.push({ ...c, instant: instantAnswers(query, table).map((a) => a.id) });
  }
  const n = Math.max(1, cases.length);
  return { metrics: computeMetrics(ranked), cases: ranked, zeroResultRate: zero / n, meanMs: ms / n, instant: instantMetrics(instant) };
}

/**
 * Copies the built HTML to workDir without any data-pagefind-* attribute and without the
 * hidden SearchTerms block, then indexes it with Pagefind's defaults.
 */
export function buildBaselineSite(siteDir: string, workDir: string): void {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  for (const file of htmlFiles(siteDir).map((f) => join(siteDir, f))) {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    $('[data-search-terms], script').remove();
    $('*').each((_, el) => {
      for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
        if (name.startsWith('data-pagefind-')) $(el).removeAttr(name);
      }
    });
    const target = join(workDir, relative(siteDir, file));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, $.html());
  }
  const bin = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'pagefind');
  execFileSync(bin, ['--site', workDir], { stdio: 'ignore' });
}

/** Default Pagefind on the baseline site: raw query, no options, no re-rank. */
export async function evaluateBaseline(baselineDir: string, answers: Map<string, string[]>, cases: QueryCase[]): Promise<EvalResult> {
  const pagefind = await loadPagefind(baselineDir, {});
  const ranked: RankedCase[] = [];
  for (const c of cases) {
    const response = await pagefind.search(c.query);
    const top = (response?.results ?? []).slice(0, 10);
    const data = await Promise.all(top.map((r) => r.data()));
    ranked.push({ ...c, ranked: data.map((d) => ({ url: d.url, symptoms: answers.get(d.url) ?? [] })) });
  }
  return { metrics: computeMetrics(ranked), cases: ranked };
}


