/**
 * dist/_headers (Netlify, Cloudflare Pages): the Content-Security-Policy header agrees with the
 * <meta> policy of every page and adds frame-ancestors 'none'; the security headers are there;
 * hashed files are cached for a year and pages for minutes, and no two Cache-Control rules meet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicy, insertPolicy, metaPolicy, parseHeaders, parsePolicy, ruleMatches, unionPolicies } from '../../src/integrations/host-headers.ts';
import { urlOfFile } from '../../src/integrations/html-files.ts';
import { filesIn, htmlFiles, readDist, requireDist } from '../helpers/dist.ts';

const dist = requireDist();
const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
const headersFor = (urlPath: string, name: string) =>
  rules.filter((rule) => ruleMatches(rule.path, urlPath)).flatMap((rule) => rule.headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value));

const allFiles = filesIn(dist);

describe('dist/_headers', () => {
  const header = headersFor('/', 'Content-Security-Policy');

  it('has exactly one Content-Security-Policy, for every path, with frame-ancestors none', () => {
    expect(header).toHaveLength(1);
    expect(parsePolicy(header[0]).get('frame-ancestors')).toEqual(["'none'"]);
    expect(headersFor('/pagefind/pagefind.js', 'Content-Security-Policy')).toEqual(header);
  });

  // Every page's own policy, read once (each test compares one page with the union of all).
  const pagePolicies = new Map(htmlFiles().map((file) => [file, metaPolicy(readDist(file)) ?? '']));
  const union = unionPolicies([...pagePolicies.values()]);

  it.each([...pagePolicies.keys()])('the header CSP agrees with the <meta> CSP of %s', (file) => {
    const meta = parsePolicy(pagePolicies.get(file)!);
    const sent = parsePolicy(header[0]);
    expect(meta.size).toBeGreaterThan(5);
    // Everything the page allows, the header allows too (the browser enforces both) ...
    for (const [directive, sources] of meta) expect(sent.get(directive), directive).toEqual(expect.arrayContaining(sources));
    // ... and the header adds nothing but frame-ancestors that no page's policy has.
    sent.delete('frame-ancestors');
    expect(sent).toEqual(union);
  });

  it('sends the security headers on every path', () => {
    for (const path of ['/', '/articles/withdrawal-failed/', '/_astro/x.js']) {
      expect(headersFor(path, 'X-Content-Type-Options')).toEqual(['nosniff']);
      expect(headersFor(path, 'Referrer-Policy')).toHaveLength(1);
      expect(headersFor(path, 'Permissions-Policy')[0]).toMatch(/camera=\(\).*microphone=\(\)/);
    }
  });

  it('caches files with hashed names for a year, and everything else for at most minutes', () => {
    const hashed = /(^_astro\/|^pagefind\/(fragment|index|filter)\/)/;
    for (const file of allFiles) {
      const cache = headersFor(`/${file}`, 'Cache-Control');
      expect(cache.length, `${file}: Cache-Control rules overlap`).toBeLessThanOrEqual(1);
      if (hashed.test(file)) {
        // The name must really change with the content, or "immutable" would serve stale files.
        expect(file, 'a long-cached file must carry a content hash in its name').toMatch(/[._-][0-9A-Za-z_-]{7,}\.[a-z_]+$/);
        expect(cache).toEqual(['public, max-age=31536000, immutable']);
      } else {
        expect(cache.join(''), file).not.toMatch(/immutable/);
        const maxAge = Number(/max-age=(\d+)/.exec(cache[0] ?? '')?.[1] ?? 0);
        expect(maxAge, file).toBeLessThanOrEqual(300);
      }
    }
  });

  it('gives every page a short Cache-Control', () => {
    for (const file of htmlFiles()) expect(headersFor(urlOfFile(file), 'Cache-Control'), file).toEqual(['public, max-age=300']);
  });

  it('keeps Pagefind’s entry files (same name every build) out of long caching', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(headersFor('/pagefind/pagefind-entry.json', 'Cache-Control')).toEqual([]);
    expect(headersFor('/pagefind/pagefind.js', 'Cache-Control')).toEqual([]);
  });
});

describe('host header helpers', () => {
  it('joins the policies of all pages and adds frame-ancestors', () => {
    expect(headerPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b';"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
  });

  it('puts the CSP into the /* rule and refuses a hand-written one', () => {
    expect(insertPolicy('# c\n/*\n  X-A: 1\n', "default-src 'self'")).toBe("# c\n/*\n  Content-Security-Policy: default-src 'self'\n  X-A: 1\n");
    expect(() => insertPolicy('/x\n  X: 1\n', 'p')).toThrow(/没有 \/\* 规则/);
    expect(() => insertPolicy('/*\n  Content-Security-Policy: x\n', 'p')).toThrow(/由构建生成/);
  });

  it('reads meta policies with entities decoded', () => {
    expect(metaPolicy('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">')).toBe("default-src 'self'");
    expect(metaPolicy('<p>no policy</p>')).toBeUndefined();
  });
});
