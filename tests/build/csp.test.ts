/**
 * The Content-Security-Policy <meta> on every built page: strict directives, and every inline
 * script and style the page carries is allowed by hash (otherwise the browser blocks it and the
 * feature silently breaks, e.g. step checkboxes).
 */
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../helpers/dist.ts';

/** The policy as directive → sources. */
export function parsePolicy(content: string): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const EXPECTED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-src': ["'none'"],
};

describe('Content-Security-Policy', () => {
  const pages = htmlFiles();

  it('covers every page', () => expect(pages.length).toBeGreaterThan(5));

  it.each(pages)('%s has one strict CSP meta before any script or style', (path) => {
    const html = readDist(path);
    const $ = cheerio.load(html);
    const metas = $('meta[http-equiv="content-security-policy" i]');
    expect(metas.length, 'exactly one CSP <meta>').toBe(1);
    const content = metas.attr('content') ?? '';
    const policy = parsePolicy(content);

    for (const [directive, sources] of Object.entries(EXPECTED)) expect(policy.get(directive), directive).toEqual(sources);
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(styleSrc).toContain("'self'");
    // Nothing from another origin, and no escape hatches.
    expect(content).not.toMatch(/unsafe-inline|'unsafe-eval'|unsafe-hashes|\*|https?:|data:|blob:/);

    // The policy only governs what comes after it in the document.
    const metaIndex = html.search(/<meta http-equiv="content-security-policy"/i);
    const firstActive = html.search(/<script\b(?![^>]*type="application\/(ld\+)?json")|<style\b|<link\b[^>]*\brel=["']?(stylesheet|modulepreload|preload)/i);
    expect(firstActive === -1 || metaIndex < firstActive, 'CSP meta must come before the first script, style or stylesheet').toBe(true);

    // Each inline script and style is allowed by its hash; data blocks (JSON-LD, application/json) never run.
    $('script:not([src])').each((_, el) => {
      const type = ($(el).attr('type') ?? '').toLowerCase().trim();
      const runs = type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
      if (!runs) return;
      expect(scriptSrc, `inline script hash on ${path}: ${$(el).html()?.slice(0, 60)}`).toContain(sha256($(el).html() ?? ''));
    });
    $('style').each((_, el) => {
      expect(styleSrc, `inline style hash on ${path}`).toContain(sha256($(el).html() ?? ''));
    });
    // Inline event handlers and style attributes would be blocked (no 'unsafe-hashes'), so none may exist.
    const handlers = $('*')
      .toArray()
      .flatMap((el) => Object.keys((el as unknown as { attribs?: Record<string, string> }).attribs ?? {}).filter((name) => /^on/i.test(name) || name === 'style'));
    expect(handlers, 'on* or style attributes').toEqual([]);
  });
});
