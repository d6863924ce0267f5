/**
 * The harness's static server must behave like the static host the site is deployed to,
 * or the browser tests would test a different site.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kb-static-'));
  mkdirSync(join(root, 'articles', 'a'), { recursive: true });
  mkdirSync(join(root, 'pagefind'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'articles', 'a', 'index.html'), '<h1>a</h1>');
  writeFileSync(join(root, '404.html'), '<h1>找不到</h1>');
  writeFileSync(join(root, 'pagefind', 'wasm.zh-cn.pagefind'), Buffer.from([0, 1, 2]));
  writeFileSync(join(root, 'pagefind', 'pagefind.js'), 'export {}');
  writeFileSync(join(root, 'engine.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(root, 'secret.txt'), 'outside');
  server = await startStaticServer(join(root));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(server.origin + path, { redirect: 'manual' });

describe('static server', () => {
  it('listens on 127.0.0.1', () => expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/));

  it('serves a directory index', async () => {
    const response = await get('/articles/a/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>a</h1>');
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await get('/articles/a?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/articles/a/?x=1');
  });

  it('answers a missing path with 404.html and status 404', async () => {
    const response = await get('/nope/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到');
  });

  it('serves WebAssembly, JavaScript and percent-encoded paths with the right types', async () => {
    expect((await get('/engine.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/pagefind/wasm.zh-cn.pagefind')).status).toBe(200);
    expect((await get('/%61rticles/a/')).status).toBe(200);
  });

  it('never serves files outside its root', async () => {
    const response = await get('/../../etc/passwd');
    expect(response.status).toBe(404);
    const encoded = await get('/%2e%2e/%2e%2e/etc/passwd');
    expect(encoded.status).toBe(404);
  });
});
