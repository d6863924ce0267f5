import { describe, expect, it } from 'vitest';
import { allowedHostProblem } from '../../src/lib/content-check/host-rules.ts';
import { allowedHostsFileSchema } from '../../src/schemas/content.ts';

describe('what content/allowed-hosts.yaml may list', () => {
  it.each(['pay.weixin.qq.com', 'kf.qq.com', 'posts.tenpay.com', 'pbc.gov.cn', 'www.pbc.gov.cn', 'www.mps.gov.cn', 'www.gov.cn'])('accepts the official host %s', (host) => {
    expect(allowedHostProblem(host)).toBeUndefined();
  });

  it.each([
    ['com.cn', '是公共后缀'],
    ['gov.cn', '是公共后缀'],
    ['github.io', '是公共后缀'],
    ['com', '不是小写的域名'],
    ['attacker.github.io', '是托管平台 github.io 下的用户站点'],
    ['someone.netlify.app', '是托管平台 netlify.app 下的用户站点'],
    ['evil.example', '不是已登记的顶级域名'],
    ['kf.qq.local', '不是已登记的顶级域名'],
    ['mp.weixin.qq.com', '是用户发布内容的网站（公众号文章'],
    ['channels.weixin.qq.com', '是用户发布内容的网站（视频号'],
    ['docs.qq.com', '是用户发布内容的网站'],
    ['KF.qq.com', '不是小写的域名'],
    ['https://kf.qq.com', '不是小写的域名'],
  ])('refuses %s', (host, fragment) => {
    expect(allowedHostProblem(host)).toContain(fragment);
  });

  it('the file schema refuses a bad entry, an unknown field and too many entries', () => {
    expect(allowedHostsFileSchema.safeParse([{ host: 'kf.qq.com', note: '腾讯客服' }]).success).toBe(true);
    const issues = (value: unknown) => (allowedHostsFileSchema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')} ${i.message}`);
    expect(issues([{ host: 'com.cn', note: '中国官方网站' }])[0]).toMatch(/^0\.host com\.cn 是公共后缀/);
    expect(issues([{ host: 'kf.qq.com', note: '腾讯客服', subdomains: true }])[0]).toMatch(/^0 /);
    expect(issues([{ host: 'kf.qq.com', note: '腾讯\u202e客服' }])[0]).toContain('0.note 有改变文字方向的隐藏字符（U+202E）');
    expect(issues(Array.from({ length: 51 }, (_, i) => ({ host: `h${i}.qq.com`, note: '腾讯的网站' })))[0]).toContain('官方网站最多 50 项');
  });
});
