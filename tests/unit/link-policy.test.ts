import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalUrlProblem, isHostAllowed, linkUrlProblem, loadAllowedHosts } from '../../src/lib/content-check/link-policy.ts';
import { titleKey } from '../../src/lib/content-check/titles.ts';

const hosts = loadAllowedHosts(join(import.meta.dirname, '..', '..'));

describe('allowed hosts', () => {
  it('every host in content/allowed-hosts.yaml says why it is official', () => {
    expect(hosts.length).toBeGreaterThanOrEqual(5);
    for (const { host, note } of hosts) expect(note.length, host).toBeGreaterThan(4);
  });
  it('matches the exact host only: never a subdomain, never a substring', () => {
    const listed = [{ host: 'weixin.qq.com', note: '微信官方网站' }, { host: 'pay.weixin.qq.com', note: '微信支付官方网站' }];
    expect(isHostAllowed('pay.weixin.qq.com', listed)).toBe(true);
    expect(isHostAllowed('weixin.qq.com', listed)).toBe(true);
    // Subdomains of a listed host are other sites: 公众号 articles live on mp.weixin.qq.com.
    expect(isHostAllowed('mp.weixin.qq.com', listed)).toBe(false);
    expect(isHostAllowed('channels.weixin.qq.com', listed)).toBe(false);
    expect(isHostAllowed('weixin.qq.com.evil.example', listed)).toBe(false);
    expect(isHostAllowed('evilweixin.qq.com', listed)).toBe(false);
    expect(isHostAllowed('qq.com', listed)).toBe(false);
  });
  it('refuses user content under an official host even when the host is listed', () => {
    const listed = [{ host: 'developers.weixin.qq.com', note: '微信开放文档' }];
    expect(externalUrlProblem('https://developers.weixin.qq.com/doc/offiaccount/x.html', '链接', listed)).toBeUndefined();
    expect(externalUrlProblem('https://developers.weixin.qq.com/community/develop/doc/000a', '链接', listed)).toContain('developers.weixin.qq.com/community 是用户发布内容的地方');
    expect(externalUrlProblem('https://mp.weixin.qq.com/s/abc', '链接', [{ host: 'mp.weixin.qq.com', note: 'x' }])).toContain('公众号文章');
  });
});

describe('external links and sources', () => {
  it.each([
    ['https://pay.weixin.qq.com/index.php/public/cms/content_list', undefined],
    ['https://kf.qq.com/faq/123.html#a', undefined],
    ['https://kf.qq.com.evil.example/', '不在官方网站名单里'],
    ['https://xn--kf-qq-wya.com/', '不在官方网站名单里'],
    ['https://kf.qq.com@evil.example/', '在域名前带有「…@」'],
    ['https://user:pw@kf.qq.com/', '在域名前带有「…@」'],
    ['//kf.qq.com/', '缺少 https:'],
    ['http://kf.qq.com/', '不加密的 http:'],
    ['tel:+8617000000000', '电话、邮件或短信链接'],
    ['mailto:help@example.com', '电话、邮件或短信链接'],
    ['ftp://kf.qq.com/', '不是 https 网址'],
    ['https://ｋｆ.qq.com/', '域名写法不标准'],
    ['https://KF.qq.com/', '域名写法不标准'],
    ['https://kf.qq.com:8443/', '域名写法不标准'],
    ['https://kf.qq.com./', '域名写法不标准'],
    ['https://kf.qq.com/a。', '全角标点'],
    ['JaVa&#x09;Script:alert(1)', 'javascript:'],
  ])('%s', (url, fragment) => {
    const problem = externalUrlProblem(url, '链接', hosts);
    if (fragment === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(fragment);
  });
  it('lets site paths and anchors through, but not a malformed %-escape', () => {
    expect(linkUrlProblem('/articles/withdrawal-failed/', hosts)).toBeUndefined();
    expect(linkUrlProblem('#cause-bank-card', hosts)).toBeUndefined();
    expect(linkUrlProblem('/images/a%C0.png', hosts)).toContain('% 编码无效');
  });
});

describe('titleKey', () => {
  it('treats titles a reader cannot tell apart as one', () => {
    expect(titleKey('零钱\u200b提现失败怎么办')).toBe(titleKey('零钱提现失败怎么办'));
    expect(titleKey('在 Ａｐｐ 里提现')).toBe(titleKey('在 App 里提现'));
    expect(titleKey('标题\u202e反转\u202c')).toBe(titleKey('标题反转'));
    expect(titleKey('提现失败')).not.toBe(titleKey('提现延迟'));
  });
});
