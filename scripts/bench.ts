/**
 * npm run bench [-- --sizes 100,1000,3000] [--no-lighthouse] [--lighthouse-runs 3] [--out bench] [--keep]
 *
 * Scaling benchmark with budgets. For each size N it writes N synthetic (schema-valid, content-
 * check-clean) articles and N/2 FAQs into a temporary content root, builds it with Astro and
 * Pagefind (timed separately, peak memory via /usr/bin/time -v), and weighs the pages. It also
 * builds and weighs the real site (dist/), measures the Pagefind bytes fetched before the first
 * result of five everyday searches (/search/?q=…) in Chromium on the real site and at N = 1,000,
 * and runs Lighthouse (mobile) on the real home, an article, the empty search page and those five
 * searches, with budgets on performance, LCP, TBT and CLS: each page 3 times (--lighthouse-runs),
 * the medians reported next to every run's figures and the LCP element.
 * Writes bench/results.md and bench/results.json (a quick `--sizes 100` run writes to bench/tmp/).
 * Timings are reported, never asserted; budgets are flagged ✅/❌.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { budget, formatBytes, gzipBytes, measurePage, type Budget, type PageWeight } from './lib/page-weight.ts';
import { BUDGETS } from './lib/budgets.ts';
import { parseCliArgs } from './lib/args.ts';
import { CHROMIUM_ARGS, findChromium, launchChromium } from './lib/chromium.ts';
import type { PagefindApi } from './lib/pagefind-node.ts';
import { unreachablePages } from './lib/link-check.ts';
import { SITE } from '../src/site.config.ts';
import { htmlFiles, urlOfFile } from '../src/integrations/html-files.ts';
import { startStaticServer } from './lib/static-server.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

/** Where the hand-measured figures start in bench/results.md: kept as they are when the bench rewrites the file. */
const MANUAL_MARK = '<!-- 手工测量';
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const DEFAULT_SIZES = [100, 1000, 3000];
/** Everyday searches, as readers land on /search/?q=… from the header box. */
const SEARCH_QUERIES = ['零钱变负数', '提现失败', '分付用不了', '提现显示已退回', '怎么联系客服'];
/** Searches on the English edition's /en/search/ (issue 24), measured on the real site. */
const EN_SEARCH_QUERIES = ['card declined', '3% fee'];
const searchPath = (query: string) => `${/\p{Script=Han}/u.test(query) ? '' : '/en'}/search/?q=${encodeURIComponent(query)}`;
/** Lighthouse mobile budgets for every page measured (the issue's targets). */
const PAGE_BUDGETS = BUDGETS.lighthouse;

// ---- Arguments ------------------------------------------------------------------------------
const { values: args } = parseCliArgs(
  {
    options: {
      sizes: { type: 'string' },
      out: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      'no-lighthouse': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  },
  '可用的参数：--sizes 100,1000、--out <目录>、--lighthouse-runs 3、--no-lighthouse、--keep',
);
const sizes = (args.sizes ?? DEFAULT_SIZES.join(','))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
if (!sizes.length) {
  console.error('--sizes 应为逗号分隔的正整数，例如 --sizes 100,1000');
  process.exit(1);
}
const isFullRun = sizes.join(',') === DEFAULT_SIZES.join(',');
// resolve, not join: an absolute --out (e.g. /tmp/x) must not land inside the repository.
const outDir = resolve(ROOT, args.out ?? (isFullRun ? 'bench' : join('bench', 'tmp')));
const runLighthouse = !args['no-lighthouse'];
const keep = args.keep;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

// ---- Running a timed command ------------------------------------------------------------------
interface Timed {
  seconds: number;
  peakMemoryMB?: number;
}

/** Runs a command with Node 22 first on PATH; measures wall time and (with /usr/bin/time) peak RSS. */
function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Timed {
  const useTime = existsSync('/usr/bin/time');
  const [file, fileArgs] = useTime ? ['/usr/bin/time', ['-v', command, ...commandArgs]] : [command, commandArgs];
  const started = performance.now();
  const result = spawnSync(file, fileArgs, {
    cwd: ROOT,
    env: { ...process.env, ...env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout?.slice(-4000));
    console.error(result.stderr?.slice(-4000));
    throw new Error(`命令失败（退出码 ${result.status}）：${command} ${commandArgs.join(' ')}`);
  }
  const rss = result.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  return { seconds, peakMemoryMB: rss ? Number(rss[1]) / 1024 : undefined };
}

// ---- Measuring a build ------------------------------------------------------------------------
function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isDirectory()) continue;
    bytes += stat.size;
    files++;
  }
  return { bytes, files };
}

function firstPage(dist: string, section: string): string | undefined {
  const dir = join(dist, section);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'index.html')))
    .sort()[0];
  return name ? `/${section}/${name}/` : undefined;
}

/** One representative page per page type that exists in this build. */
function pageTypes(dist: string, preferred: { article?: string; symptom?: string; faq?: string; category?: string } = {}): Record<string, string> {
  const pick = (section: string, wanted?: string) => (wanted && existsSync(join(dist, section, wanted, 'index.html')) ? `/${section}/${wanted}/` : firstPage(dist, section));
  const candidates: Record<string, string | undefined> = {
    home: '/',
    'symptom hub': pick('symptoms', preferred.symptom),
    article: pick('articles', preferred.article),
    'FAQ index': existsSync(join(dist, 'faq', 'index.html')) ? '/faq/' : undefined,
    'FAQ page': pick('faq', preferred.faq),
    category: pick('categories', preferred.category),
    search: existsSync(join(dist, 'search', 'index.html')) ? '/search/' : undefined,
    about: existsSync(join(dist, 'about', 'index.html')) ? '/about/' : undefined,
    '404 page': existsSync(join(dist, '404.html')) ? '/404.html' : undefined,
    // The English edition (issue 24): one article and the search page.
    'English article': existsSync(join(dist, 'en', 'articles', 'intl-card-payment-declined', 'index.html')) ? '/en/articles/intl-card-payment-declined/' : firstPage(dist, 'en/articles'),
    'English search': existsSync(join(dist, 'en', 'search', 'index.html')) ? '/en/search/' : undefined,
  };
  return Object.fromEntries(Object.entries(candidates).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

type Weights = Record<string, { path: string } & Pick<PageWeight, 'html' | 'css' | 'js' | 'missing'>>;

function weighPages(dist: string, types: Record<string, string>): Weights {
  const read = (sitePath: string) => {
    const file = join(dist, sitePath);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
  return Object.fromEntries(
    Object.entries(types).map(([type, path]) => {
      const { html, css, js, missing } = measurePage(path, read);
      return [type, { path, html, css, js, missing }];
    }),
  );
}

/** The largest article page (HTML + CSS gzip) and the largest initial JS over all pages of a build. */
function worstCase(dist: string) {
  const read = (sitePath: string) => {
    const file = join(dist, sitePath);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
  let article = { path: '', bytes: 0 };
  let js = { path: '', bytes: 0 };
  for (const file of htmlFiles(dist)) {
    const site = `/${file}`;
    const weight = measurePage(site, read);
    if (/^\/articles\/[^/]+\/index\.html$/.test(site) && weight.html.gzip + weight.css.gzip > article.bytes)
      article = { path: urlOfFile(file), bytes: weight.html.gzip + weight.css.gzip };
    if (weight.js.gzip > js.bytes) js = { path: urlOfFile(file), bytes: weight.js.gzip };
  }
  return { article, js };
}

// ---- Index pages at scale (issue #12) ----------------------------------------------------------
/** The list pages that grow with the content, each with its numbered pages (…/2/, …/3/). */
const INDEX_KINDS: Record<string, RegExp> = {
  'FAQ index': /^faq\/index\.html$/,
  'category': /^categories\/[^/]+\/(\d+\/)?index\.html$/,
  'category FAQ list': /^categories\/[^/]+\/faq\/(\d+\/)?index\.html$/,
  'symptom hub': /^symptoms\/[^/]+\/(\d+\/)?index\.html$/,
};
const INDEX_PAGE_BUDGET = BUDGETS.indexPage;

interface IndexKindWeight {
  /** Pages of this kind in the build, numbered pages included. */
  pages: number;
  /** The heaviest one: its path, HTML gzip (level 9) and raw bytes. */
  maxPath: string;
  maxGzip: number;
  maxRaw: number;
}
interface IndexPages {
  kinds: Record<string, IndexKindWeight>;
  /** Pages more than 3 clicks from the home page (or unreachable), as the link test counts them. */
  farPages: string[];
}

/** The heaviest page of each index kind (HTML only, gzip) and the pages beyond 3 clicks, over a whole build. */
function indexPageWeights(dist: string): IndexPages {
  const pages = new Map(htmlFiles(dist).map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
  const kinds: Record<string, IndexKindWeight> = {};
  for (const [kind, pattern] of Object.entries(INDEX_KINDS)) {
    const weight: IndexKindWeight = { pages: 0, maxPath: '', maxGzip: 0, maxRaw: 0 };
    for (const [file, html] of pages) {
      if (!pattern.test(file)) continue;
      weight.pages++;
      const gzip = gzipBytes(html);
      if (gzip > weight.maxGzip) Object.assign(weight, { maxPath: urlOfFile(file), maxGzip: gzip, maxRaw: Buffer.byteLength(html) });
    }
    kinds[kind] = weight;
  }
  const farPages = unreachablePages(pages, 3, { siteOrigin: SITE.url }).map(({ page, depth }) => `${page}（${depth === null ? '到不了' : `${depth} 次点击`}）`);
  return { kinds, farPages };
}

function logIndexPages(n: number, index: IndexPages): void {
  for (const [kind, w] of Object.entries(index.kinds))
    if (w.pages) log(`N = ${n}: ${kind}: ${w.pages} pages, heaviest ${w.maxPath} ${formatBytes(w.maxGzip)} gzip (${formatBytes(w.maxRaw)} raw)`);
  log(`N = ${n}: ${index.farPages.length} pages more than 3 clicks from home${index.farPages.length ? `: ${index.farPages.slice(0, 5).join(', ')}` : ''}`);
}

function indexPageBudgets(results: SizeResult[]): Budget[] {
  return results.flatMap((r) =>
    Object.entries(r.indexPages?.kinds ?? {})
      .filter(([, w]) => w.pages > 0)
      .map(([kind, w]) => budget(`索引页 HTML（gzip，N = ${r.articles}，${kind} 最重的一页 ${w.maxPath}）`, w.maxGzip, INDEX_PAGE_BUDGET)),
  );
}

function indexPageLines(results: SizeResult[]): string[] {
  const kinds = Object.keys(INDEX_KINDS);
  return [
    '## 索引页的大小（HTML，gzip；每类取最重的一页，含分页）',
    '',
    `预算：每个索引页 ≤ ${formatBytes(INDEX_PAGE_BUDGET)}（gzip）。括号里是这类页面的数量和最重一页的未压缩大小。最后一列是离首页超过 3 次点击的页面数（应为 0）。`,
    '',
    `| N | ${kinds.join(' | ')} | 超过 3 次点击 |`,
    `| ---: | ${kinds.map(() => '---:').join(' | ')} | ---: |`,
    ...results.flatMap(({ articles, indexPages }) => {
      if (!indexPages) return [];
      const cells = kinds.map((kind) => {
        const w = indexPages.kinds[kind];
        return w?.pages ? `${formatBytes(w.maxGzip)}（${w.pages} 页，${formatBytes(w.maxRaw)}）` : '–';
      });
      return [`| ${articles.toLocaleString('en')} | ${cells.join(' | ')} | ${indexPages.farPages.length} |`];
    }),
    '',
  ];
}

// ---- Pagefind bytes of a first search ---------------------------------------------------------
interface SearchBytes {
  query: string;
  /** Before the first Pagefind result was on screen, as a static host sends them: text (JS, JSON) gzipped, Pagefind's pre-compressed files as they are. */
  bytes: number;
  /** The same, uncompressed as stored in dist/. */
  rawBytes: number;
  requests: number;
  byKind: Record<string, number>;
  /** Everything /pagefind/ transferred once the page was idle (the first result's bytes included). */
  totalBytes: number;
  method: string;
  results: number;
}

/**
 * Serves `dist`, opens /search/?q=<query> in Chromium (as the header box does) and sums the bytes
 * of the /pagefind/ responses that had arrived when the first Pagefind result (li.result) showed.
 */
async function firstSearchBytes(dist: string, query: string): Promise<SearchBytes> {
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    let shown = false;
    const responses: Array<Promise<{ path: string; bytes: number; raw: number; early: boolean }>> = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      const early = !shown;
      // Pagefind's index, fragments and WebAssembly are already gzip-compressed; its JS and JSON are not.
      const compressible = /\.(js|mjs|json|css|html)$/.test(path);
      responses.push(
        request.response().then((response) => response!.body()).then(
          (body) => ({ path, raw: body.length, bytes: compressible ? gzipBytes(body) : body.length, early }),
          () => ({ path, raw: 0, bytes: 0, early }),
        ),
      );
    });
    let method: string;
    let results: number;
    if (existsSync(join(dist, 'search', 'index.html'))) {
      method = 'search page: /search/?q=…, bytes until the first li.result';
      await page.goto(`${server.origin}${searchPath(query)}`);
      await page.locator('#search-results li.result').first().waitFor({ timeout: 30_000 });
      shown = true;
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      results = await page.locator('#search-results li a').count();
    } else {
      // No search page in this build yet: the Pagefind API with the first 5 results' fragments.
      method = 'Pagefind API (no /search/ page in this build): search + 5 fragments';
      await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
      results = await page.evaluate(async (q) => {
        // A URL in the built site, not a module TypeScript can resolve: its type is declared.
        const pagefindUrl: string = '/pagefind/pagefind.js';
        const pagefind = (await import(pagefindUrl)) as PagefindApi;
        const search = await pagefind.search(q);
        await Promise.all((search?.results ?? []).slice(0, 5).map((r) => r.data()));
        return search?.results.length ?? 0;
      }, query);
      shown = true;
    }
    const settled = await Promise.all(responses);
    const early = settled.filter((r) => r.early);
    const byKind: Record<string, number> = {};
    for (const { path, bytes } of early) {
      const kind = path.endsWith('.js') ? 'js' : path.includes('wasm') ? 'wasm' : path.endsWith('.pf_meta') ? 'meta' : path.endsWith('.pf_index') ? 'index' : path.endsWith('.pf_fragment') ? 'fragments' : 'other';
      byKind[kind] = (byKind[kind] ?? 0) + bytes;
    }
    await context.close();
    const sum = (list: typeof settled) => list.reduce((total, r) => total + r.bytes, 0);
    return { query, bytes: sum(early), rawBytes: early.reduce((total, r) => total + r.raw, 0), requests: early.length, byKind, totalBytes: sum(settled), method, results };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The five everyday searches, one after another (each in a fresh browser: a first visit). */
async function searchBytes(dist: string): Promise<SearchBytes[]> {
  const out: SearchBytes[] = [];
  // The English searches where the build has the English edition (the real site; not the synthetic trees).
  const english = existsSync(join(dist, 'en', 'search', 'index.html')) ? EN_SEARCH_QUERIES : [];
  for (const query of [...SEARCH_QUERIES, ...english]) out.push(await firstSearchBytes(dist, query));
  return out;
}

// ---- Lighthouse -------------------------------------------------------------------------------
type Scores = Record<string, number | null>;
interface LighthouseResult {
  path: string;
  scores: Scores;
  /** Largest contentful paint and total blocking time (ms), cumulative layout shift. */
  metrics?: { lcpMs: number; tbtMs: number; cls: number };
  /** Audits that did not pass, with a short detail where Lighthouse gives one. */
  failing: string[];
  /** The largest contentful paint element's HTML (start tag), as Lighthouse reports it. */
  lcpElement?: string;
  /** Each run's score and metrics (the fields above are the medians). */
  runs?: Array<{ performance: number | null; lcpMs: number; tbtMs: number; cls: number }>;
}
/** Lighthouse is noisy on a shared machine: every page is measured this many times, medians reported. */
const LIGHTHOUSE_RUNS = Number(args['lighthouse-runs'] ?? 3);

async function lighthouseScores(dist: string, paths: Record<string, string>): Promise<Record<string, LighthouseResult>> {
  const server = await startStaticServer(dist);
  const out: Record<string, LighthouseResult> = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseOnce(server.origin, path));
      const result = medianRun(runs);
      out[name] = result;
      log(`Lighthouse ${name}: ${runs.map((r) => `${r.scores.performance?.toFixed(2)} / LCP ${Math.round(r.metrics!.lcpMs)} / TBT ${Math.round(r.metrics!.tbtMs)}`).join('; ')} → median LCP ${Math.round(result.metrics!.lcpMs)} ms, TBT ${Math.round(result.metrics!.tbtMs)} ms`);
      if (result.failing.length) log(`Lighthouse ${name}: ${result.failing.join(' | ')}`);
    }
  } finally {
    await server.close();
  }
  return out;
}

/**
 * The run whose performance score is the median (the report's scores, audits and LCP element come
 * from it); LCP, TBT and CLS are each the median over the runs.
 */
function medianRun(runs: LighthouseResult[]): LighthouseResult {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const byScore = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byScore[Math.floor(byScore.length / 2)];
  const metric = (key: 'lcpMs' | 'tbtMs' | 'cls') => median(runs.map((r) => r.metrics![key]));
  return { ...middle, metrics: { lcpMs: metric('lcpMs'), tbtMs: metric('tbtMs'), cls: metric('cls') }, runs: runs.map((r) => ({ performance: r.scores.performance ?? null, ...r.metrics! })) };
}

async function lighthouseOnce(origin: string, path: string): Promise<LighthouseResult> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  {
    {
      const browser = await findChromium();
      const chrome = await chromeLauncher.launch({ chromePath: browser.executablePath, chromeFlags: CHROMIUM_ARGS, envVars: { ...process.env, ...browser.env } });
      try {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const categories = result?.lhr.categories ?? {};
        // Only audits that count towards a category score (weight > 0) and did not pass.
        const weighted = new Set(Object.values(categories).flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)));
        const failing = Object.values(result?.lhr.audits ?? {})
          .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 0.9)
          .map((audit) => {
            const items = ((audit.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? []).slice(0, 3);
            const detail = items
              .map((item) => [item.description, (item.sourceLocation as { url?: unknown } | undefined)?.url, item.url, (item.node as { snippet?: unknown } | undefined)?.snippet].find((text) => typeof text === 'string') ?? '')
              .filter(Boolean)
              .map((text) => text.replace(/\s+/g, ' ').slice(0, 120))
              .join('; ');
            return detail ? `${audit.id}（${detail}）` : audit.id;
          });
        const audits = result?.lhr.audits ?? {};
        const metrics = {
          lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        };
        const lcpElement = ((audits['largest-contentful-paint-element']?.details as { items?: Array<{ items?: Array<{ node?: { snippet?: string } }> }> } | undefined)?.items?.[0]?.items?.[0]?.node?.snippet) ?? '';
        return { path, scores: Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, category.score])), metrics, failing, lcpElement };
      } finally {
        chrome.kill();
      }
    }
  }
}

// ---- The run ----------------------------------------------------------------------------------
interface SizeResult {
  articles: number;
  faqs: number;
  pages: number;
  checkSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  buildSeconds: number;
  secondsPerArticle: number;
  astroPeakMB?: number;
  pagefindPeakMB?: number;
  dist: { bytes: number; files: number };
  pagefind: { bytes: number; files: number };
  weights: Weights;
  worst: ReturnType<typeof worstCase>;
  firstSearch?: SearchBytes[];
  indexPages?: IndexPages;
}

async function main() {
  const started = Date.now();
  log(`browser: ${(await findChromium()).executablePath}`);
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  log(`sizes ${sizes.join(', ')}; working in ${work}; results to ${relative(ROOT, outDir)}/`);

  // The real site, built fresh so the figures describe the current content.
  log('building the real site (npm run build)');
  const realDist = join(work, 'real-dist');
  run(join(BIN, 'node'), ['scripts/check-content.ts']);
  // astro build writes the Pagefind index too (src/integrations/pagefind.ts). For the breakdown the
  // index step is run again on its own (scripts/index-site.ts): Astro's share is the difference.
  const realBuild = run(join(BIN, 'astro'), ['build', '--silent'], { KB_DIST: realDist, KB_CACHE: join(work, 'real-cache') });
  const realPagefind = run(join(BIN, 'node'), ['scripts/index-site.ts', realDist]);
  const realAstro = { seconds: Math.max(0, realBuild.seconds - realPagefind.seconds) };
  const realTypes = pageTypes(realDist, { article: 'withdrawal-failed', symptom: 'withdrawal-failed', faq: 'withdrawal-fee', category: 'withdrawal' });
  const real = {
    astroSeconds: realAstro.seconds,
    pagefindSeconds: realPagefind.seconds,
    dist: dirSize(realDist),
    pagefind: dirSize(join(realDist, 'pagefind')),
    pages: htmlFiles(realDist).length,
    weights: weighPages(realDist, realTypes),
    worst: worstCase(realDist),
  };
  log(`real site: ${real.pages} pages, astro ${real.astroSeconds.toFixed(1)} s, pagefind ${real.pagefindSeconds.toFixed(1)} s`);
  log('real site: first searches in Chromium');
  const realSearch = await searchBytes(realDist);

  const results: SizeResult[] = [];
  for (const n of sizes) {
    const root = join(work, `n${n}`);
    const faqs = Math.floor(n / 2);
    log(`N = ${n}: writing ${n} articles and ${faqs} FAQs`);
    writeSyntheticContent(ROOT, root, { articles: n, faqs });
    const check = run(join(BIN, 'node'), ['scripts/check-content.ts', '--root', root]);
    const dist = join(root, 'dist');
    log(`N = ${n}: astro build`);
    const build = run(join(BIN, 'astro'), ['build', '--silent'], { KB_CONTENT_ROOT: root, KB_DIST: dist, KB_CACHE: join(root, 'cache') });
    log(`N = ${n}: the Pagefind index again on its own (astro build with the index took ${build.seconds.toFixed(1)} s)`);
    const pagefind = run(join(BIN, 'node'), ['scripts/index-site.ts', dist]);
    const astro = { seconds: Math.max(0, build.seconds - pagefind.seconds), peakMemoryMB: build.peakMemoryMB };
    const indexPages = indexPageWeights(dist);
    logIndexPages(n, indexPages);
    const result: SizeResult = {
      articles: n,
      faqs,
      pages: htmlFiles(dist).length,
      checkSeconds: check.seconds,
      astroSeconds: astro.seconds,
      pagefindSeconds: pagefind.seconds,
      buildSeconds: build.seconds,
      secondsPerArticle: build.seconds / n,
      astroPeakMB: astro.peakMemoryMB,
      pagefindPeakMB: pagefind.peakMemoryMB,
      dist: dirSize(dist),
      pagefind: dirSize(join(dist, 'pagefind')),
      weights: weighPages(dist, pageTypes(dist)),
      worst: worstCase(dist),
      indexPages,
    };
    if (n === 1000 || (sizes.length === 1 && !sizes.includes(1000))) {
      log(`N = ${n}: first searches in Chromium`);
      result.firstSearch = await searchBytes(dist);
    }
    results.push(result);
    log(`N = ${n}: ${result.pages} pages, build ${result.buildSeconds.toFixed(1)} s, dist ${formatBytes(result.dist.bytes)}`);
    // The HTML is what we measured; drop the tree before the next (bigger) size to spare the disk.
    if (!keep) rmSync(root, { recursive: true, force: true });
  }

  let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> | undefined;
  if (runLighthouse) {
    const wanted: Record<string, string | undefined> = { home: realTypes.home, article: realTypes.article, search: realTypes.search, 'English article': realTypes['English article'] };
    if (realTypes.search) for (const query of SEARCH_QUERIES) wanted[`search「${query}」`] = searchPath(query);
    if (realTypes['English search']) for (const query of EN_SEARCH_QUERIES) wanted[`search「${query}」`] = searchPath(query);
    const targets = Object.fromEntries(Object.entries(wanted).filter((e): e is [string, string] => Boolean(e[1])));
    log(`Lighthouse (mobile) on ${Object.values(targets).join(', ')}`);
    lighthouse = await lighthouseScores(realDist, targets);
    // A page the report promises but the build lacks is shown as missing, not silently dropped.
    for (const [name, path] of Object.entries(wanted)) if (!path) lighthouse[name] = { path: '（构建里没有这个页面）', scores: {}, failing: ['页面不存在'] };
  }
  if (!keep) rmSync(work, { recursive: true, force: true });

  // ---- Budgets ----
  const budgets: Budget[] = [];
  const realArticle = real.weights.article;
  if (realArticle) budgets.push(budget(`文章页 HTML + CSS（gzip，实站 ${realArticle.path}）`, realArticle.html.gzip + realArticle.css.gzip, BUDGETS.articleHtmlCss));
  budgets.push(budget(`最重的文章页 HTML + CSS（gzip，实站 ${real.worst.article.path || '无'}）`, real.worst.article.bytes, BUDGETS.articleHtmlCss));
  budgets.push(budget(`首次搜索前的 JS（gzip，实站最重的页面 ${real.worst.js.path || '无'}）`, real.worst.js.bytes, BUDGETS.initialJs));
  for (const r of results) budgets.push(budget(`首次搜索前的 JS（gzip，N = ${r.articles} 最重的页面）`, r.worst.js.bytes, BUDGETS.initialJs));
  const at1000 = results.find((r) => r.articles === 1000);
  for (const f of at1000?.firstSearch ?? []) budgets.push(budget(`第一条结果之前的 Pagefind 字节（N = 1,000，「${f.query}」，gzip）`, f.bytes, BUDGETS.firstSearchPagefind));
  for (const [name, l] of Object.entries(lighthouse ?? {})) {
    if (!l.metrics) continue;
    const page = `Lighthouse 移动端 ${name}`;
    budgets.push(
      budget(`${page}：performance`, l.scores.performance ?? 0, PAGE_BUDGETS.performance, 'score'),
      budget(`${page}：LCP`, l.metrics.lcpMs, PAGE_BUDGETS.lcpMs, 'ms'),
      budget(`${page}：TBT`, l.metrics.tbtMs, PAGE_BUDGETS.tbtMs, 'ms'),
      budget(`${page}：CLS`, l.metrics.cls, PAGE_BUDGETS.cls, 'number'),
    );
  }
  const at3000 = results.find((r) => r.articles === 3000);
  budgets.push(...indexPageBudgets(results));
  if (at1000 && at3000) budgets.push(budget('构建时间 N = 3,000 ÷ N = 1,000（≤ 3.3 倍：单篇成本不随 N 增长）', at3000.buildSeconds / at1000.buildSeconds, BUDGETS.buildScaling, 'ratio'));

  const lighthouseTargets = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
  const environment: Environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGB: +(totalmem() / 1024 ** 3).toFixed(1),
    freeMemoryGB: +(freemem() / 1024 ** 3).toFixed(1),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  const json = { environment, real, realSearch, results, lighthouse, lighthouseTargets, budgets };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(json, null, 2) + '\n');
  // The hand-measured section at the end of results.md (after MANUAL_MARK) survives a new run.
  const previous = existsSync(join(ROOT, 'bench', 'results.md')) ? readFileSync(join(ROOT, 'bench', 'results.md'), 'utf8') : '';
  const manual = previous.includes(MANUAL_MARK) ? `\n${previous.slice(previous.indexOf(MANUAL_MARK))}` : '';
  writeFileSync(join(outDir, 'results.md'), renderMarkdown(json) + manual);
  log(`wrote ${relative(ROOT, join(outDir, 'results.md'))} and results.json in ${environment.totalSeconds} s`);
  const failed = budgets.filter((b) => !b.ok);
  for (const b of budgets) log(`${b.ok ? '✅' : '❌'} ${b.name}: ${fmtBudget(b.actual, b)} (上限 ${fmtBudget(b.limit, b)})`);
  // Budgets are flagged, not fatal: the benchmark reports; tests/build/budgets.test.ts enforces bytes.
  if (failed.length) log(`${failed.length} 项预算未达标（见报告）`);
}

const fmtBudget = (value: number, b: Budget) =>
  b.unit === 'ratio' ? `${value.toFixed(2)} ×` : b.unit === 'ms' ? `${Math.round(value)} ms` : b.unit === 'score' ? value.toFixed(2) : b.unit === 'number' ? value.toFixed(3) : formatBytes(value);
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (value?: number) => (value === undefined ? '–' : `${Math.round(value)} MB`);

/** Growth from each size to the next, per phase: linear growth is the size ratio itself. */
function scalingLines(results: SizeResult[]): string[] {
  const lines: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    const ratio = (x: number, y: number) => `${(y / x).toFixed(2)} ×`;
    lines.push(
      `- N = ${a.articles.toLocaleString('en')} → ${b.articles.toLocaleString('en')}（内容 ${(b.articles / a.articles).toFixed(1)} 倍）：Astro ${ratio(a.astroSeconds, b.astroSeconds)}，Pagefind ${ratio(a.pagefindSeconds, b.pagefindSeconds)}，合计 ${ratio(a.buildSeconds, b.buildSeconds)}；Pagefind 峰值内存 ${ratio(a.pagefindPeakMB ?? 1, b.pagefindPeakMB ?? 1)}。`,
    );
  }
  return lines.length ? [...lines, ''] : [];
}

/** Bytes before the first result of each everyday search, per kind of Pagefind file. */
function searchBytesTable(where: string, searches: SearchBytes[]): string[] {
  if (searches.length === 0) return [];
  return [
    `### 第一条搜索结果之前下载的 Pagefind 字节（${where}）`,
    '',
    `${searches[0].method}。JS/JSON 按 gzip 计，索引、片段和 wasm 本身已压缩；「之后合计」是页面空闲时 /pagefind/ 的全部字节。`,
    '',
    '| 查询 | 请求数 | 第一条结果之前 | 其中 js / wasm / meta / index / fragments | 未压缩 | 之后合计 | 显示的结果链接 |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
    ...searches.map(
      (f) =>
        `| ${f.query} | ${f.requests} | ${formatBytes(f.bytes)} | ${['js', 'wasm', 'meta', 'index', 'fragments'].map((k) => formatBytes(f.byKind[k] ?? 0)).join(' / ')} | ${formatBytes(f.rawBytes)} | ${formatBytes(f.totalBytes)} | ${f.results} |`,
    ),
    '',
  ];
}

function weightTable(weights: Weights): string[] {
  const rows = ['| 页面类型 | 路径 | HTML（gzip） | CSS（gzip） | JS（gzip） | HTML + CSS（gzip） | 原始大小 HTML / CSS / JS |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const [type, w] of Object.entries(weights))
    rows.push(
      `| ${type} | \`${w.path}\` | ${formatBytes(w.html.gzip)} | ${formatBytes(w.css.gzip)} | ${formatBytes(w.js.gzip)} | ${formatBytes(w.html.gzip + w.css.gzip)} | ${formatBytes(w.html.raw)} / ${formatBytes(w.css.raw)} / ${formatBytes(w.js.raw)} |`,
    );
  return rows;
}

interface Environment {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string | undefined;
  memoryGB: number;
  freeMemoryGB: number;
  commit: string;
  totalSeconds: number;
}

function renderMarkdown(data: {
  environment: Environment;
  real: { astroSeconds: number; pagefindSeconds: number; dist: { bytes: number; files: number }; pagefind: { bytes: number }; pages: number; weights: Weights; worst: ReturnType<typeof worstCase> };
  realSearch: SearchBytes[];
  results: SizeResult[];
  lighthouse?: Record<string, LighthouseResult>;
  lighthouseTargets: Record<string, number>;
  budgets: Budget[];
}): string {
  const { environment: env, real, realSearch, results, lighthouse, lighthouseTargets, budgets } = data;
  const lines: string[] = [
    '# 基准测试结果（`npm run bench`）',
    '',
    `生成于 ${env.date}，提交 \`${env.commit}\`，${env.cpus} 核 ${env.cpuModel ?? ''}，内存 ${env.memoryGB} GB，Node ${env.node}，总耗时 ${env.totalSeconds} s。`,
    '时间只作报告、不做断言（机器是共享的，会有波动）；字节数是确定的，由 `tests/build/budgets.test.ts` 在真实构建上断言。',
    '',
    '## 预算',
    '',
    '| | 预算项 | 实测 | 上限 |',
    '| --- | --- | ---: | ---: |',
    ...budgets.map((b) => `| ${b.ok ? '✅' : '❌'} | ${b.name} | ${fmtBudget(b.actual, b)} | ${fmtBudget(b.limit, b)} |`),
    '',
    '## 构建规模',
    '',
    '合成内容：N 篇文章 + N/2 条问答，全部通过 schema 和内容检查（`scripts/lib/synthetic-content.ts`），每个规模都是冷构建（新的 Astro 缓存目录）。峰值内存来自 `/usr/bin/time -v`（最大常驻内存）。',
    '',
    '| N（文章） | 问答 | HTML 页面 | 内容检查 | Astro 构建 | Pagefind | 合计 | 每篇文章 | Astro 峰值内存 | Pagefind 峰值内存 | dist 大小 | 其中 pagefind/ |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| 实站 | – | ${real.pages} | – | ${s(real.astroSeconds)} | ${s(real.pagefindSeconds)} | ${s(real.astroSeconds + real.pagefindSeconds)} | – | – | – | ${formatBytes(real.dist.bytes)} | ${formatBytes(real.pagefind.bytes)} |`,
    ...results.map(
      (r) =>
        `| ${r.articles.toLocaleString('en')} | ${r.faqs.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${s(r.checkSeconds)} | ${s(r.astroSeconds)} | ${s(r.pagefindSeconds)} | ${s(r.buildSeconds)} | ${(r.secondsPerArticle * 1000).toFixed(0)} ms | ${mb(r.astroPeakMB)} | ${mb(r.pagefindPeakMB)} | ${formatBytes(r.dist.bytes)} | ${formatBytes(r.pagefind.bytes)} |`,
    ),
    '',
    ...scalingLines(results),
    '## 每类页面的传输字节（实站 dist/）',
    '',
    'JS 指首次搜索交互之前加载的脚本（内联脚本、外部脚本及其静态 import；Pagefind 是搜索时才动态加载的，不算在内）。每个文件单独 gzip（level 9）后相加。',
    '',
    ...weightTable(real.weights),
    '',
    `最重的文章页：\`${real.worst.article.path}\` ${formatBytes(real.worst.article.bytes)}（HTML + CSS gzip）；首次搜索前 JS 最多的页面：\`${real.worst.js.path}\` ${formatBytes(real.worst.js.bytes)}。`,
    '',
  ];
  lines.push(...indexPageLines(results));
  for (const r of results) {
    lines.push(`## 每类页面的传输字节（N = ${r.articles.toLocaleString('en')}）`, '', ...weightTable(r.weights), '');
    if (r.firstSearch) lines.push(...searchBytesTable(`N = ${r.articles.toLocaleString('en')}`, r.firstSearch));
  }
  lines.push(...searchBytesTable('实站', realSearch));
  if (lighthouse) {
    const ids = Object.keys(lighthouseTargets);
    lines.push(
      '## Lighthouse（移动端默认设置：模拟慢速 4G 与 4 倍 CPU 降速）',
      '',
      `目标：${ids.map((id) => `${id} ≥ ${lighthouseTargets[id]}`).join('，')}。`,
      '',
      `LCP ≤ ${PAGE_BUDGETS.lcpMs} ms，TBT ≤ ${PAGE_BUDGETS.tbtMs} ms，CLS ≤ ${PAGE_BUDGETS.cls}（每个页面都在上面的预算表里）。每个页面测 ${LIGHTHOUSE_RUNS} 次：LCP、TBT、CLS 取中位数，分数和审计取 performance 居中的那一次；「各次」列出每次的 performance / LCP / TBT。测试服务器像常见静态托管一样 gzip 文本文件。`,
      '',
      `| 页面 | 路径 | ${ids.join(' | ')} | LCP | TBT | CLS | 各次 | LCP 元素 | 未通过的审计 |`,
      `| --- | --- | ${ids.map(() => '---:').join(' | ')} | ---: | ---: | ---: | --- | --- | --- |`,
      ...Object.entries(lighthouse).map(
        ([name, { path, scores, metrics, failing, runs, lcpElement }]) =>
          `| ${name} | \`${path}\` | ${ids.map((id) => (scores[id] === null || scores[id] === undefined ? '–' : `${scores[id] >= lighthouseTargets[id] ? '✅' : '❌'} ${scores[id].toFixed(2)}`)).join(' | ')} | ${metrics ? `${Math.round(metrics.lcpMs)} ms | ${Math.round(metrics.tbtMs)} ms | ${metrics.cls.toFixed(3)}` : '– | – | –'} | ${(runs ?? []).map((r) => `${r.performance?.toFixed(2) ?? '–'} / ${Math.round(r.lcpMs)} / ${Math.round(r.tbtMs)}`).join('<br>') || '–'} | ${lcpElement ? `\`${lcpElement.replace(/\|/g, '\\|').slice(0, 80)}\`` : '–'} | ${failing.join('<br>').replace(/\|/g, '\\|') || '无'} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}

main().catch((error) => {
  console.error(`基准测试失败：${(error as Error).message}`);
  process.exit(1);
});
