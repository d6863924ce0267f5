/**
 * A tiny static file server that behaves like a typical static host (GitHub Pages, Netlify):
 * `/dir/` serves `/dir/index.html`, `/dir` redirects to `/dir/`, unknown paths get `/404.html`
 * with status 404, and content types are right (including application/wasm for Pagefind).
 * Used by the browser tests and the benchmark; listens on 127.0.0.1 on a free port.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks and fragments are binary (gzip) blobs.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Text the host compresses on the way, as GitHub Pages, Netlify and Cloudflare Pages do with gzip.
 * Pagefind's index, fragments and WebAssembly are gzip blobs already and are sent as they are.
 */
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

export interface StaticServer {
  /** e.g. http://127.0.0.1:43123 (no trailing slash) */
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/** What a path resolves to in `root`: a file to send (with status) or a redirect. */
export function resolveRequest(root: string, urlPath: string): { status: 200 | 404; file: string } | { status: 301; location: string } | { status: 404; file: undefined } {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    pathname = '/';
  }
  // normalize() collapses `..`; refuse anything that still escapes the root.
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  const candidate = join(root, relative);
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(root);
  if (existsSync(candidate)) {
    const stat = statSync(candidate);
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) return { status: 301, location: `${pathname}/${urlPath.includes('?') ? urlPath.slice(urlPath.indexOf('?')) : ''}` };
      const index = join(candidate, 'index.html');
      if (existsSync(index)) return { status: 200, file: index };
      return notFound(root, pathname);
    }
    return { status: 200, file: candidate };
  }
  return notFound(root, pathname);
}

/** The nearest 404 page: en/404.html for the English edition's paths, else 404.html. */
function notFound(root: string, pathname = '/') {
  const english = (pathname === '/en' || pathname.startsWith('/en/')) && existsSync(join(root, 'en', '404.html'));
  const page = join(root, english ? 'en/404.html' : '404.html');
  return existsSync(page) ? ({ status: 404, file: page } as const) : ({ status: 404, file: undefined } as const);
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  // Each file compressed once per server (level 9, what the byte budgets count); keyed by path and mtime.
  const cache = new Map<string, Buffer>();
  const gzipped = (file: string) => {
    const key = `${file}:${statSync(file).mtimeMs}`;
    let body = cache.get(key);
    if (!body) cache.set(key, (body = gzipSync(readFileSync(file), { level: 9 })));
    return body;
  };
  const server = createServer((request, response) => {
    const resolved = resolveRequest(root, request.url ?? '/');
    if (resolved.status === 301) {
      response.writeHead(301, { Location: resolved.location });
      response.end();
      return;
    }
    if (!resolved.file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('404 Not Found');
      return;
    }
    const extension = extname(resolved.file).toLowerCase();
    const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    if (COMPRESSED_TYPES.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const body = gzipped(resolved.file);
      response.writeHead(resolved.status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(resolved.status, { ...headers, 'Content-Length': statSync(resolved.file).size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(resolved.file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
