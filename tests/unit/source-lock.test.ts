/**
 * The source lock and its re-check, offline: a local HTTP server plays the official sites. Two
 * host names of the same server (127.0.0.1 and localhost) stand for an allowed site and another one.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSources, collectCitations, fetchSource, formatFindings, formatIssueBody, mainText, readLock, writeLock } from '../../scripts/lib/source-lock.ts';
import { sourcesLockFileSchema } from '../../src/schemas/content.ts';
import { parse } from 'yaml';

const page = (title: string, text: string) => `<!doctype html><html><head><title>${title}</title><script>var t = ${Date.now()};</script></head><body><nav>菜单</nav><main><p>${text}</p></main><footer>页脚 ${Math.random()}</footer></body></html>`;
let changedText = '退款一年内原路退回。';
let server: Server;
let base: string;
let other: string;
const sockets = new Set<import('node:net').Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    switch (req.url) {
      case '/stable': return html(page('稳定的页面', '付款码支付分免密和验密两种。'));
      case '/changing': return html(page('会变的页面', changedText));
      case '/gone': return res.writeHead(404, { 'content-type': 'text/html' }).end('<title>404</title>');
      case '/away': return res.writeHead(302, { location: `${other}/landing` }).end();
      case '/landing': return html(page('别的网站', '这里不是官方网站。'));
      case '/slow': return; // never answers: the fetch times out
      case '/pdf': return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      case '/old-address': return res.writeHead(301, { location: '/stable' }).end();
      default: return res.writeHead(500).end();
    }
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((done) => server.close(done));
});

const allowed = [{ host: '127.0.0.1', note: '测试用的官方网站' }];

function contentRoot(urls: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-sources-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  mkdirSync(join(root, 'content', 'faq'), { recursive: true });
  const sources = urls.map((url, i) => `  - id: s${i}\n    title: 来源 ${i}\n    url: ${url}`).join('\n');
  writeFileSync(join(root, 'content', 'articles', 'a.mdx'), `---\ntitle: 测试文章\nsources:\n${sources}\nsourcesChecked: 2026-12-06\n---\n\n正文。\n`);
  writeFileSync(join(root, 'content', 'faq', 'q.mdx'), `---\nquestion: 测试问答？\nsources:\n  - id: s\n    title: 来源\n    url: ${urls[0]}\nsourcesChecked: 2026-12-06\n---\n\n答案。\n`);
  writeFileSync(
    join(root, 'content', 'menu-paths.yaml'),
    `paths:\n  wallet:\n    steps: [我, 服务, 钱包]\n    basis:\n      kind: reported\n      sources:\n        - url: ${other}/landing\n          read: 2026-12-06\n        - url: ${base}/stable\n          read: 2026-12-06\n`,
  );
  return root;
}

describe('collectCitations', () => {
  it('lists every cited URL with file:line of each page and menu path citing it', () => {
    const root = contentRoot(['https://kf.qq.com/a', 'https://pay.weixin.qq.com/b']);
    try {
      const citations = collectCitations(root);
      expect([...citations.keys()]).toEqual(['http://127.0.0.1:' + base.split(':')[2] + '/stable', other + '/landing', 'https://kf.qq.com/a', 'https://pay.weixin.qq.com/b'].sort());
      expect(citations.get('https://kf.qq.com/a')).toEqual([{ file: 'content/articles/a.mdx', line: 6 }, { file: 'content/faq/q.mdx', line: 6 }]);
      expect(citations.get(`${other}/landing`)).toEqual([{ file: 'content/menu-paths.yaml', line: 7, guide: true }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('covers every URL the repository cites in content/sources.lock.yaml', () => {
    const repo = join(import.meta.dirname, '..', '..');
    const locked = Object.keys(readLock(repo).sources);
    expect(locked.sort()).toEqual([...collectCitations(repo).keys()].sort());
  });
});

describe('fetchSource', () => {
  it('hashes the main text only, so scripts, navigation and footers that change on every load do not count', async () => {
    const first = await fetchSource(`${base}/stable`);
    const second = await fetchSource(`${base}/stable`);
    expect(first).toMatchObject({ kind: 'ok', status: 200, title: '稳定的页面', finalUrl: `${base}/stable` });
    expect(first.kind === 'ok' && second.kind === 'ok' && first.textHash === second.textHash).toBe(true);
    expect(mainText(page('t', '正文')).text).toBe('正文');
  });
  it('follows redirects and records where they end', async () => {
    expect(await fetchSource(`${base}/old-address`)).toMatchObject({ kind: 'ok', finalUrl: `${base}/stable` });
    expect(await fetchSource(`${base}/away`)).toMatchObject({ kind: 'ok', finalUrl: `${other}/landing` });
  });
  it('reports a 404, a timeout, a non-HTML response and a refused connection', async () => {
    expect(await fetchSource(`${base}/gone`)).toEqual({ kind: 'http-error', finalUrl: `${base}/gone`, status: 404 });
    expect(await fetchSource(`${base}/slow`, { timeoutMs: 300 })).toEqual({ kind: 'timeout' });
    expect(await fetchSource(`${base}/pdf`)).toMatchObject({ kind: 'non-html', contentType: 'application/pdf' });
    expect(await fetchSource('http://127.0.0.1:9/closed', { timeoutMs: 2000 })).toMatchObject({ kind: 'network' });
  });
});

describe('checkSources against the lock', () => {
  it('writes a lock on the first run, then names each kind of change with the pages citing it', async () => {
    const urls = [`${base}/stable`, `${base}/changing`, `${base}/gone`, `${base}/away`, `${base}/slow`, `${base}/pdf`, `${base}/old-address`];
    const root = contentRoot(urls);
    try {
      changedText = '退款一年内原路退回。';
      const first = await checkSources(root, allowed, { timeoutMs: 400, today: '2026-12-06' });
      expect(first.offline).toBe(false);
      // Nothing locked yet: the reachable pages are new, the rest are already reported.
      expect(first.findings.filter((f) => f.kind === 'unlocked').map((f) => f.url).sort()).toEqual([`${base}/changing`, `${base}/stable`, `${base}/old-address`, `${base}/away`, `${other}/landing`].sort());
      writeLock(root, first.lock);
      const lock = sourcesLockFileSchema.parse(parse(readFileSync(join(root, 'content', 'sources.lock.yaml'), 'utf8')));
      expect(Object.keys(lock.sources).sort()).toEqual([...urls, `${other}/landing`].sort());
      expect(lock.sources[`${base}/stable`]).toMatchObject({ finalUrl: `${base}/stable`, status: 200, title: '稳定的页面', fetched: new Date('2026-12-06T00:00:00Z') });
      expect(lock.sources[`${base}/stable`].textHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(lock.sources[`${base}/gone`]).toEqual({});
      // The lock says /old-address ends at /elsewhere, so landing on /stable is a move.
      lock.sources[`${base}/old-address`].finalUrl = `${base}/elsewhere`;
      writeLock(root, lock);

      changedText = '退款半年内原路退回。';
      const second = await checkSources(root, allowed, { timeoutMs: 400, today: '2026-12-13' });
      const kinds = Object.fromEntries(second.findings.map((f) => [`${f.kind} ${f.url}`, f.citedBy.map((c) => `${c.file}:${c.line}`)]));
      expect(Object.keys(kinds).sort()).toEqual(
        [
          `changed ${base}/changing`,
          `vanished ${base}/gone`,
          `off-allowlist ${base}/away`,
          `unreachable ${base}/slow`,
          `non-html ${base}/pdf`,
          `moved ${base}/old-address`,
        ].sort(),
      );
      // The first source is cited by the article and the FAQ; each finding names its own line.
      expect(kinds[`vanished ${base}/gone`]).toEqual(['content/articles/a.mdx:12']);
      expect(second.findings.some((f) => f.url.endsWith('/stable'))).toBe(false);
      // A guide of a reported menu path may live anywhere: the allowlist does not apply to it.
      expect(second.findings.some((f) => f.url === `${other}/landing`)).toBe(false);

      const text = formatFindings(second.findings);
      expect(text).toContain(`[内容变了] ${base}/changing\n  正文变了（摘要 hash 不同）\n  content/articles/a.mdx:9`);
      expect(text).toContain('[跳转到名单外的网站]');
      const issue = formatIssueBody(second.findings.filter((f) => f.kind !== 'unreachable'), '2026-12-13');
      expect(issue).toContain('- [ ] `content/articles/a.mdx:12`：打不开了');
      expect(issue).not.toContain('/slow');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 20_000);

  it('tells a machine without internet apart from a broken source', async () => {
    const root = contentRoot(['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b']);
    try {
      writeFileSync(join(root, 'content', 'menu-paths.yaml'), 'paths: {}\n');
      const report = await checkSources(root, allowed, { timeoutMs: 2000 });
      expect(report.offline).toBe(true);
      expect(report.lock.sources).toEqual({ 'http://127.0.0.1:9/a': {}, 'http://127.0.0.1:9/b': {} });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
