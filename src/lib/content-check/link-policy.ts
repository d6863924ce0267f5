/**
 * Where content may link and what it may load. A scammer's favourite trick is a link that looks
 * official: `kf.qq.com.evil.example`, `https://kf.qq.com@evil.example/`, `//evil.example`, a
 * full-width `ｋｆ.qq.com`, a `tel:` link labelled 官方客服. So external links and `sources[].url`
 * must be https to a host listed exactly in content/allowed-hosts.yaml (no subdomain matching:
 * see host-rules.ts), not on a user-content part of it, written exactly as the browser will read
 * it; images must be files of this site.
 *
 * Shared by the content check and the build's MDX gate (src/integrations/content-gate.ts), so both refuse the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { allowedHostsFileSchema, type AllowedHost } from '../../schemas/content.ts';
import { userContentProblem } from './host-rules.ts';

export type { AllowedHost } from '../../schemas/content.ts';

export const ALLOWED_HOSTS_FILE = 'content/allowed-hosts.yaml';
const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');

/** The allowlist file a content root uses: its own, or this repository's when the root (a test fixture, benchmark content) has none. */
export function allowedHostsPath(root: string): string {
  const own = join(root, ALLOWED_HOSTS_FILE);
  return existsSync(own) ? own : join(REPOSITORY_ROOT, ALLOWED_HOSTS_FILE);
}

/**
 * The allowlist of a content root, validated by its schema (src/schemas/content.ts). Throws with a
 * Chinese message naming each bad entry: the build stops rather than trust a widened list. The
 * content check reads the file itself, to report each problem at its line.
 */
export function loadAllowedHosts(root: string): AllowedHost[] {
  const result = allowedHostsFileSchema.safeParse(load(readFileSync(allowedHostsPath(root), 'utf8')));
  if (!result.success)
    throw new Error(
      `${ALLOWED_HOSTS_FILE} 有问题（先运行 npm run check:content 查看行号）：` + result.error.issues.map((issue) => `${issue.path.join('.') || '-'} ${issue.message}`).join('；'),
    );
  return result.data;
}

/** Exact match only: a subdomain of a listed host is another site (mp.weixin.qq.com is not weixin.qq.com). */
export function isHostAllowed(hostname: string, hosts: readonly AllowedHost[]): boolean {
  return hosts.some(({ host }) => hostname === host);
}

const DANGEROUS_SCHEMES = ['javascript:', 'vbscript:', 'data:'];
/** Full-width and CJK punctuation: never part of a real URL, usually swallowed by an autolink. */
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/**
 * The scheme a browser would see: entities and percent-escapes decoded, and tabs, newlines,
 * control characters and spaces removed (browsers ignore them inside a scheme), lower-cased.
 * "JaVa&#x09;Script:" → "javascript:".
 */
export function normalizeUrl(url: string): string {
  let decoded = decodeEntities(url);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Not percent-encoded text: keep as is.
  }
  return decodeEntities(decoded)
    .replace(/[\p{Cc}\u0020\u00ad\u200b-\u200f\u2028\u2029\ufeff]/gu, '')
    .toLowerCase();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', lpar: '(', rpar: ')', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return named[lower] ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The dangerous scheme a URL uses, if any. */
export function dangerousScheme(url: string): string | undefined {
  const normalized = normalizeUrl(url);
  return DANGEROUS_SCHEMES.find((scheme) => normalized.startsWith(scheme));
}

/** A path on this site: starts with one slash (not //, not /\), no scheme. */
export function isLocalPath(url: string): boolean {
  const normalized = normalizeUrl(url);
  return normalized.startsWith('/') && !normalized.startsWith('//') && !normalized.startsWith('/\\');
}

export function shorten(text: string): string {
  const flat = text.replace(/\p{Cc}/gu, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

const HOW_TO_ADD = `如果它确实是官方网站，请在 ${ALLOWED_HOSTS_FILE} 里加上这个域名并写明理由（维护者会审核这个文件）`;

/**
 * What is wrong with an external https URL (a link, a definition or `sources[].url`), or
 * undefined when it is https to an allowed host. `what` names it in the message (链接, 来源链接).
 */
export function externalUrlProblem(url: string, what: string, hosts: readonly AllowedHost[]): string | undefined {
  const shown = shorten(url);
  const scheme = dangerousScheme(url);
  if (scheme) return `${what}「${shown}」使用了 ${scheme} 网址：这种网址会运行代码或夹带内容，一律不允许。请链接到本站页面（/articles/…）或官方网站（https://…）`;
  if (FULL_WIDTH_PUNCTUATION.test(url))
    return `${what}「${shown}」里有全角标点：自动识别的网址会把紧跟的「。」「，」等算进网址。请写成 [文字](https://…)，网址和标点分开`;
  const normalized = normalizeUrl(url);
  if (normalized.startsWith('//')) return `${what}「${shown}」缺少 https:（以 // 开头的网址会跟随页面协议、去向不明）：请写完整的 https:// 网址`;
  if (/^(tel|mailto|sms):/.test(normalized))
    return `${what}「${shown}」是电话、邮件或短信链接：骗子常把自己的号码标成「官方客服」，所以正文里不放这类链接。请写「在微信支付官方页面查看客服电话」，并链接到那个官方页面`;
  if (normalized.startsWith('http:')) return `${what}「${shown}」使用了不加密的 http:：请改成 https://，并确认它是官方网站`;
  if (!normalized.startsWith('https:')) return `${what}「${shown}」不是 https 网址：站外链接只能是 https://，站内链接以 / 开头（例如 /articles/withdrawal-failed/）`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${what}「${shown}」不是有效的网址：请从浏览器地址栏复制完整的 https:// 网址`;
  }
  if (parsed.username || parsed.password)
    return `${what}「${shown}」在域名前带有「…@」：浏览器会打开 @ 后面的 ${parsed.hostname}，不是看起来的网站。请删掉 @ 及其前面的部分`;
  // The host as written must be what the browser reads: no full-width letters, no upper case, no
  // trailing dot, no port. `ｋｆ.qq.com` opens kf.qq.com but reads like a different site.
  const written = /^https:\/\/([^/?#]*)/i.exec(url.trim())?.[1] ?? '';
  if (written !== parsed.hostname || written.endsWith('.'))
    return `${what}「${shown}」的域名写法不标准（${written}）：请用半角小写字母写域名，不带端口，例如 https://pay.weixin.qq.com/…`;
  const userContent = userContentProblem(parsed);
  if (userContent) return `${what}「${shown}」：${userContent}`;
  if (!isHostAllowed(parsed.hostname, hosts))
    return `${what}「${shown}」的域名 ${parsed.hostname} 不在官方网站名单里（${hosts.map((h) => h.host).join('、')}）：注意仿冒域名（例如 kf.qq.com.evil.example 不是 kf.qq.com）。${HOW_TO_ADD}`;
  return undefined;
}

/** What is wrong with an image URL: images must be files of this site (no tracking pixels). */
export function imageUrlProblem(url: string): string | undefined {
  const scheme = dangerousScheme(url);
  if (scheme) return `图片「${shorten(url)}」使用了 ${scheme} 网址：这种网址会运行代码或夹带内容，一律不允许。图片请放进 public/images/`;
  if (!isLocalPath(url))
    return `图片「${shorten(url)}」来自其他网站：图片必须放进本仓库的 public/images/，再写成 ![说明](/images/文件名.png)。外链图片会向别的网站泄露读者的访问`;
  return malformedPathProblem(url, '图片');
}

/** A site path the build cannot decode (`%C0`) fails the build with "URI malformed": say so first. */
export function malformedPathProblem(url: string, what: string): string | undefined {
  try {
    decodeURI(url);
    return undefined;
  } catch {
    return `${what}「${shorten(url)}」里的 % 编码无效（例如 %C0）：构建会失败。文件名请只用小写英文字母、数字和连字符`;
  }
}

/** What is wrong with a link target in the body: site paths and #anchors pass; anything else is external. */
export function linkUrlProblem(url: string, hosts: readonly AllowedHost[], what = '链接'): string | undefined {
  if (url.startsWith('#')) return undefined;
  if (isLocalPath(url)) return malformedPathProblem(url, what);
  return externalUrlProblem(url, what, hosts);
}
