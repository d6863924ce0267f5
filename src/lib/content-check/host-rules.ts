/**
 * What may stand in content/allowed-hosts.yaml, and which pages on an allowed host are still not
 * official. The allowlist names exact hosts (no subdomain matching): under weixin.qq.com and
 * qq.com live hosts where anyone publishes (公众号 articles on mp.weixin.qq.com, 视频号, the
 * developer community, Tencent Docs and surveys), and "official source" must not mean "anything
 * a stranger posted there".
 *
 * A host is refused when it is a public suffix itself (com.cn, gov.cn, github.io: a whole
 * registry, where anyone can register a name), a site under a hosting platform's suffix (the
 * Public Suffix List's private section: attacker.github.io), has no real top-level domain
 * (evil.example, localhost) or is a known user-content host. The Public Suffix List comes from
 * `tldts`, a maintained library that ships the list, not from a hand-written copy.
 */
import { parse } from 'tldts';

interface UserContent {
  host: string;
  /** Only paths starting with this are user content (the rest of the host is official documentation). */
  path?: string;
  why: string;
}

/** Hosts (or parts of hosts) where users publish: never an official source, whatever the allowlist says. */
export const USER_CONTENT: readonly UserContent[] = [
  { host: 'mp.weixin.qq.com', why: '公众号文章，任何人都能注册公众号发布' },
  { host: 'channels.weixin.qq.com', why: '视频号，任何人都能发布' },
  { host: 'developers.weixin.qq.com', path: '/community', why: '微信开放社区，任何人都能发帖' },
  { host: 'docs.qq.com', why: '腾讯文档，任何人都能创建和分享' },
  { host: 'wj.qq.com', why: '腾讯问卷，任何人都能创建' },
  { host: 'support.qq.com', why: '兔小巢反馈社区，任何人都能发帖' },
  { host: 'txc.qq.com', why: '兔小巢反馈社区，任何人都能发帖' },
];

const HOST_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z]{2,}$/;

/** Why `host` cannot be an entry of the allowlist, or undefined when it can. */
export function allowedHostProblem(host: string): string | undefined {
  if (!HOST_PATTERN.test(host)) return `「${host}」不是小写的域名：写成 pay.weixin.qq.com 这样，不带 https:// 和路径`;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (!parsed.domain || parsed.publicSuffix === host)
    return `${host} 是公共后缀（整个注册区，例如 com.cn、gov.cn、github.io）：任何人都能在它下面注册网站。请只写官方网站的完整域名，例如 www.pbc.gov.cn`;
  if (parsed.isPrivate)
    return `${host} 是托管平台 ${parsed.publicSuffix} 下的用户站点（公共后缀列表的私有部分）：任何人都能在那里建站，不是官方来源`;
  if (!parsed.isIcann) return `${host} 的顶级域名「${parsed.publicSuffix}」不是已登记的顶级域名：请写官方网站的真实域名`;
  const userContent = USER_CONTENT.find((u) => u.host === host && !u.path);
  if (userContent) return `${host} 是用户发布内容的网站（${userContent.why}）：不能作为官方来源`;
  return undefined;
}

/** Why a URL on an allowed host is still not an official page (user content under an official host), or undefined. */
export function userContentProblem(url: URL): string | undefined {
  const found = USER_CONTENT.find((u) => u.host === url.hostname && (!u.path || url.pathname === u.path || url.pathname.startsWith(`${u.path}/`)));
  return found ? `${found.host}${found.path ?? ''} 是用户发布内容的地方（${found.why}）：不是官方说明，不能链接或作为来源。请找微信支付官方页面（pay.weixin.qq.com、kf.qq.com）上的说明` : undefined;
}
