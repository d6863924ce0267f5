/**
 * The `_headers` file (read by Netlify and Cloudflare Pages) gets its Content-Security-Policy from
 * the built pages themselves: Astro writes the policy, with hashes that change from build to
 * build, into a <meta> tag on every page. After `astro build`, writeHostHeaders() copies that policy
 * into the `/*` rule of dist/_headers and adds frame-ancestors 'none', which a <meta> cannot carry.
 *
 * One header serves every page, so it carries the union of the pages' policies (today all pages
 * have the same one). Only the pages the project built count: an .html copied over from public/
 * (the content check refuses one, but the build must not trust that) could carry its own loose
 * policy and would widen the header for every page. A browser enforces the header and the <meta> together, so each page is still
 * held to its own <meta> policy; the header only adds frame-ancestors.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './html-files.ts';

/** The policy as directive → sources, in the order they first appear. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

export function formatPolicy(policy: Map<string, string[]>): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every directive and source that any of the policies has. */
export function unionPolicies(policies: string[]): Map<string, string[]> {
  const union = new Map<string, string[]>();
  for (const policy of policies)
    for (const [name, sources] of parsePolicy(policy)) {
      const merged = union.get(name) ?? [];
      for (const source of sources) if (!merged.includes(source)) merged.push(source);
      union.set(name, merged);
    }
  return union;
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;
const decode = (text: string) => text.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The CSP <meta> content of one page, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const match = META.exec(html);
  return match ? decode(match[1]) : undefined;
}

/** The header value: the pages' policies joined, plus frame-ancestors 'none'. */
export function headerPolicy(pagePolicies: string[]): string {
  const union = unionPolicies(pagePolicies);
  union.set('frame-ancestors', ["'none'"]);
  return formatPolicy(union);
}

/** Puts the Content-Security-Policy line first in the `/*` rule of a _headers file. */
export function insertPolicy(headers: string, policy: string): string {
  const lines = headers.split('\n');
  const rule = lines.findIndex((line) => line.trim() === '/*');
  if (rule < 0) throw new Error('_headers 里没有 /* 规则，无法写入 Content-Security-Policy');
  if (lines.some((line) => /^\s*Content-Security-Policy\s*:/i.test(line))) throw new Error('_headers 里已经有 Content-Security-Policy：它由构建生成，请从 public/_headers 删掉');
  lines.splice(rule + 1, 0, `  Content-Security-Policy: ${policy}`);
  return lines.join('\n');
}

export interface HeaderRule {
  path: string;
  headers: Array<[name: string, value: string]>;
}

/** Reads a _headers file: a path line, then indented `Name: value` lines; # starts a comment. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers 这一行看不懂：${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule path matches a URL path: exact, or a trailing `*` that matches anything after it. */
export function ruleMatches(rulePath: string, urlPath: string): boolean {
  return rulePath.endsWith('*') ? urlPath.startsWith(rulePath.slice(0, -1)) : rulePath === urlPath;
}

/** The HTML files of a build that the project generated: those not copied as they are from `publicDir`. */
export function ownPages(dist: string, publicDir: string): string[] {
  return htmlFiles(dist).filter((file) => !existsSync(join(publicDir, file)));
}

/** After the build: fills in dist/_headers (copied from public/_headers) from the CSP of the project's own pages. */
export function writeHostHeaders(dist: string, publicDir = 'public'): void {
  const policies = ownPages(dist, publicDir).map((file) => {
    const policy = metaPolicy(readFileSync(join(dist, file), 'utf8'));
    if (!policy) throw new Error(`${file} 没有 Content-Security-Policy <meta>，无法生成 _headers`);
    return policy;
  });
  if (!policies.length) throw new Error(`${dist} 里没有 HTML 页面，无法生成 _headers`);
  const target = join(dist, '_headers');
  writeFileSync(target, insertPolicy(readFileSync(target, 'utf8'), headerPolicy(policies)));
}
