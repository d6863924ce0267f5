/**
 * The source lock (content/sources.lock.yaml) and its re-check (npm run check:sources).
 *
 * Every URL the site rests on is in the lock: the `sources` of articles and FAQs, and the bases
 * of content/menu-paths.yaml (official pages and the public guides of reported paths). For each,
 * the lock keeps what was seen the last time it was fetched: the final URL after redirects, the
 * HTTP status, the page title, a hash of the main text and the date. The re-check fetches every
 * URL again and names what changed, moved, vanished or was redirected off the allowlist, with the
 * file:line of every page that cites it, so a maintainer knows which pages to re-read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { parse, stringify } from 'yaml';
import { parseMdxFile, parseYamlWithLines } from '../../src/lib/content-check/frontmatter.ts';
import { isHostAllowed, type AllowedHost } from '../../src/lib/content-check/link-policy.ts';
import { sourcesLockFileSchema, type SourceLockEntry, type SourcesLock } from '../../src/schemas/content.ts';

export const LOCK_FILE = 'content/sources.lock.yaml';

/** Where a URL is cited: a page's source, or a menu path's basis. */
export interface Citation {
  file: string;
  line: number;
  /** A menu path's public guide: third-party, so the allowlist does not apply to it. */
  guide?: boolean;
}

/** Every URL the content cites, with every place that cites it (sorted by file, then line). */
export function collectCitations(root: string): Map<string, Citation[]> {
  const citations = new Map<string, Citation[]>();
  const add = (url: string, citation: Citation) => {
    const list = citations.get(url) ?? [];
    list.push(citation);
    citations.set(url, list);
  };
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  for (const dir of ['articles', 'faq']) {
    const folder = join(root, 'content', dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx')).sort()) {
      const path = join(folder, name);
      const parsed = parseMdxFile(readFileSync(path, 'utf8'));
      const sources = (parsed.data as { sources?: unknown } | undefined)?.sources;
      if (!Array.isArray(sources)) continue;
      sources.forEach((source: unknown, i) => {
        const url = (source as { url?: unknown })?.url;
        if (typeof url === 'string') add(url, { file: rel(path), line: parsed.lineOf(['sources', i, 'url']) });
      });
    }
  }
  const menuFile = join(root, 'content', 'menu-paths.yaml');
  if (existsSync(menuFile)) {
    const parsed = parseYamlWithLines(readFileSync(menuFile, 'utf8'));
    const paths = (parsed.data as { paths?: Record<string, { basis?: { url?: unknown; sources?: unknown } }> } | undefined)?.paths ?? {};
    for (const [key, entry] of Object.entries(paths)) {
      const basis = entry?.basis;
      if (typeof basis?.url === 'string') add(basis.url, { file: rel(menuFile), line: parsed.lineOf(['paths', key, 'basis', 'url']) });
      if (Array.isArray(basis?.sources))
        basis.sources.forEach((source: unknown, i) => {
          const url = (source as { url?: unknown })?.url;
          if (typeof url === 'string') add(url, { file: rel(menuFile), line: parsed.lineOf(['paths', key, 'basis', 'sources', i, 'url']), guide: true });
        });
    }
  }
  for (const list of citations.values()) list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return new Map([...citations].sort(([a], [b]) => a.localeCompare(b)));
}

/** content/sources.lock.yaml, validated; an absent file is an empty lock. */
export function readLock(root: string): SourcesLock {
  const path = join(root, LOCK_FILE);
  if (!existsSync(path)) return { sources: {} };
  const result = sourcesLockFileSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? { sources: {} });
  if (!result.success) throw new Error(`${LOCK_FILE} 格式不对：${result.error.issues.map((i) => `${i.path.join('.') || '-'} ${i.message}`).join('；')}。可以删掉它，再联网运行 npm run check:sources -- --update 重新生成`);
  return result.data;
}

const LOCK_HEADER = `# 来源锁：本站引用的每个网址（文章和问答的 sources、菜单路径的依据）上次抓取时的样子。
# 由 npm run check:sources -- --update 写入，不要手改。没有 fetched 的条目还没有联网抓取过：
# 第一次在能上网的机器上运行 --update 会写入最终网址、HTTP 状态、标题、正文摘要（hash）和日期。
# 每周的 GitHub 工作流（.github/workflows/sources.yml）会重新抓取并开 issue 列出要重新核对的页面。
`;

export function writeLock(root: string, lock: SourcesLock): void {
  // Dates as calendar days (2026-12-06), as everywhere in content/.
  const sorted = Object.fromEntries(
    Object.entries(lock.sources)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([url, entry]) => [url, entry.fetched ? { ...entry, fetched: entry.fetched.toISOString().slice(0, 10) } : entry]),
  );
  writeFileSync(join(root, LOCK_FILE), LOCK_HEADER + stringify({ sources: sorted }, { lineWidth: 0 }));
}

/** What one fetch saw. */
export type FetchResult =
  | { kind: 'ok'; finalUrl: string; status: number; title: string; textHash: string }
  | { kind: 'non-html'; finalUrl: string; status: number; contentType: string }
  | { kind: 'http-error'; finalUrl: string; status: number }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string }
  | { kind: 'too-many-redirects'; finalUrl: string };

export interface FetchOptions {
  timeoutMs?: number;
  maxRedirects?: number;
  fetch?: typeof fetch;
}

/** The page's main text: without scripts, styles, navigation, header and footer, whitespace collapsed. */
export function mainText(html: string): { title: string; text: string } {
  const $ = cheerio.load(html);
  const title = $('title').first().text().replace(/\s+/g, ' ').trim();
  $('script, style, noscript, template, nav, header, footer, iframe, svg').remove();
  const main = $('main').length ? $('main') : $('article').length ? $('article') : $('body');
  return { title, text: main.text().replace(/\s+/g, ' ').trim() };
}

export const hashText = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/**
 * Fetches a URL as a reader's browser would, following redirects one by one (so the final URL is
 * known even when a hop leaves the allowlist), with a time limit for the whole fetch.
 */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { timeoutMs = 20_000, maxRedirects = 5, fetch: doFetch = fetch } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; hop <= maxRedirects; hop++) {
      const response = await doFetch(current, { redirect: 'manual', signal, headers: { 'user-agent': 'wechat-wallet-kb source check (+https://github.com/)', accept: 'text/html,*/*;q=0.5' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        current = new URL(location, current).href;
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel();
        return { kind: 'http-error', finalUrl: current, status: response.status };
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!/^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) {
        await response.body?.cancel();
        return { kind: 'non-html', finalUrl: current, status: response.status, contentType: contentType || '（没有 Content-Type）' };
      }
      const { title, text } = mainText(await response.text());
      return { kind: 'ok', finalUrl: current, status: response.status, title, textHash: hashText(text) };
    }
    return { kind: 'too-many-redirects', finalUrl: current };
  } catch (error) {
    if (signal.aborted) return { kind: 'timeout' };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'network', message: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

/** What a maintainer has to do about one URL. */
export type FindingKind = 'changed' | 'moved' | 'vanished' | 'off-allowlist' | 'non-html' | 'unreachable' | 'unlocked';

export interface Finding {
  url: string;
  kind: FindingKind;
  detail: string;
  citedBy: Citation[];
}

const host = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/**
 * Compares one fetch with the lock. Returns the findings (none when the page is as locked) and the
 * lock entry to write with --update (undefined: keep the old one).
 */
export function compare(
  url: string,
  locked: SourceLockEntry | undefined,
  result: FetchResult,
  citedBy: Citation[],
  allowedHosts: readonly AllowedHost[],
  today: string,
): { findings: Finding[]; entry?: SourceLockEntry } {
  const findings: Finding[] = [];
  const find = (kind: FindingKind, detail: string) => findings.push({ url, kind, detail, citedBy });
  const guideOnly = citedBy.every((c) => c.guide);
  if (result.kind === 'timeout') return { findings: [{ url, kind: 'unreachable', detail: '超时：这次没能在时限内打开，下次再查；连续几次都这样，按打不开处理', citedBy }] };
  if (result.kind === 'network') return { findings: [{ url, kind: 'unreachable', detail: `网络错误（${result.message}）`, citedBy }] };
  if (result.kind === 'too-many-redirects') return { findings: [{ url, kind: 'vanished', detail: `跳转次数太多，停在 ${result.finalUrl}`, citedBy }] };
  if (!guideOnly && !isHostAllowed(host(result.finalUrl), allowedHosts))
    find('off-allowlist', `跳转到了官方网站名单（content/allowed-hosts.yaml）以外的 ${host(result.finalUrl)}：${result.finalUrl}`);
  if (result.kind === 'http-error') {
    find('vanished', `HTTP ${result.status}（${result.finalUrl}）`);
    return { findings, entry: undefined };
  }
  if (result.kind === 'non-html') {
    find('non-html', `返回的不是网页（Content-Type: ${result.contentType}）：可能变成了下载文件或错误页`);
    return { findings, entry: undefined };
  }
  const entry: SourceLockEntry = { finalUrl: result.finalUrl, status: result.status, title: result.title, textHash: result.textHash, fetched: new Date(`${today}T00:00:00Z`) };
  if (!locked?.fetched) {
    find('unlocked', '锁文件里还没有这个网址的抓取记录：核对页面内容后运行 --update 写入');
    return { findings, entry };
  }
  if (locked.finalUrl && locked.finalUrl !== result.finalUrl) find('moved', `最终网址从 ${locked.finalUrl} 变成了 ${result.finalUrl}`);
  if (locked.textHash !== result.textHash || locked.title !== result.title)
    find('changed', locked.title !== result.title ? `标题从「${locked.title}」变成了「${result.title}」，正文也要重新核对` : '正文变了（摘要 hash 不同）');
  return { findings, entry };
}

export interface CheckReport {
  findings: Finding[];
  /** Every fetch failed with a network error: this machine has no internet. */
  offline: boolean;
  lock: SourcesLock;
  checked: number;
}

/** Fetches every cited URL (a few at a time) and compares it with the lock. */
export async function checkSources(
  root: string,
  allowedHosts: readonly AllowedHost[],
  options: FetchOptions & { today?: string; concurrency?: number } = {},
): Promise<CheckReport> {
  const citations = collectCitations(root);
  const lock = readLock(root);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const urls = [...citations.keys()];
  const results = new Map<string, FetchResult>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      results.set(url, await fetchSource(url, options));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, urls.length) }, worker));
  const offline = urls.length > 0 && [...results.values()].every((r) => r.kind === 'network');
  const findings: Finding[] = [];
  const updated: SourcesLock = { sources: {} };
  for (const url of urls) {
    const { findings: found, entry } = compare(url, lock.sources[url], results.get(url)!, citations.get(url)!, allowedHosts, today);
    findings.push(...found);
    // A URL that could not be fetched keeps its old entry, or an unfetched one, so the lock still covers it.
    updated.sources[url] = entry ?? lock.sources[url] ?? {};
  }
  return { findings, offline, lock: updated, checked: urls.length };
}

const KIND_LABELS: Record<FindingKind, string> = {
  changed: '内容变了',
  moved: '网址变了',
  vanished: '打不开了',
  'off-allowlist': '跳转到名单外的网站',
  'non-html': '不是网页了',
  unreachable: '这次没连上',
  unlocked: '还没记入锁文件',
};

/** The report as text: one block per URL, then `file:line` of every place citing it. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => [`[${KIND_LABELS[f.kind]}] ${f.url}`, `  ${f.detail}`, ...f.citedBy.map((c) => `  ${c.file}:${c.line}${c.guide ? '（菜单路径的教程）' : ''}`)].join('\n'))
    .join('\n\n');
}

/** The pages to re-read, for the weekly issue: each file once, with the URLs that changed under it. */
export function formatIssueBody(findings: readonly Finding[], today: string): string {
  const byFile = new Map<string, string[]>();
  for (const f of findings) for (const c of f.citedBy) byFile.set(`${c.file}:${c.line}`, [...(byFile.get(`${c.file}:${c.line}`) ?? []), `${KIND_LABELS[f.kind]}：${f.url}`]);
  return [
    `每周的来源检查（${today}）发现下面这些页面引用的官方网页有变化。请打开网址重新读一遍，对照页面正文，改好后把页面的 sourcesChecked 改成核对那天的日期，再运行 \`npm run check:sources -- --update\` 更新锁文件。`,
    '',
    ...[...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([where, what]) => `- [ ] \`${where}\`：${what.join('；')}`),
  ].join('\n');
}
