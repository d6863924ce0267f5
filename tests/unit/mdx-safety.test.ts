import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdxSafety, dangerousScheme, isLocalPath, normalizeUrl } from '../../src/lib/content-check/mdx-safety.ts';
import { MDX_COMPONENT_NAMES } from '../../src/schemas/mdx-components.ts';
import { loadAllowedHosts } from '../../src/lib/content-check/link-policy.ts';

const keys = new Set(['wallet', 'balance']);
const allowedHosts = loadAllowedHosts(join(import.meta.dirname, '..', '..'));
const messages = (body: string) => checkMdxSafety(body, { menuPathKeys: keys, allowedHosts }).map((f) => `${f.line}: ${f.message}`);

describe('checkMdxSafety accepts safe content', () => {
  it('passes plain Markdown, internal and official links, local images and allowed components', () => {
    const body = [
      '## 先看这里', // 1
      '', // 2
      '打开 <MenuPath path="wallet" />，再进入 <MenuPath path="wallet" />。', // 3
      '', // 4
      '<Callout type="danger" title="防骗提醒">', // 5
      '', // 6
      '客服**不会**索要验证码。详见[官方说明](https://kf.qq.com/)和[本站问答](/faq/withdrawal-fee/)。', // 7
      '', // 8
      '</Callout>', // 9
      '', // 10
      '![零钱页面截图](/images/balance.png "截图已遮盖个人信息")', // 11
      '', // 12
      '按 <kbd>确定</kbd>，H<sub>2</sub>O，10<sup>3</sup>，<mark>重点</mark>，<abbr title="客户服务">客服</abbr><br />', // 13
      '', // 14
      '<details open><summary>更多</summary>折叠内容</details>', // 15
      '', // 16
      '{/* 给维护者的注释不会出现在页面上 */}', // 17
      '', // 18
      '3 < 5，价格写成 \\{ 也行；`<script>` 在代码里只是文字。', // 19
      '', // 20
      '```html\n<script>alert(1)</script>\n```', // 21
      '', //
      '[人民银行](https://pbc.gov.cn/) [参考][ref]',
      '',
      '[ref]: /articles/withdrawal-failed/',
      '',
      '<Callout>默认是小提示。</Callout> <Callout type={"warning"}>字面量属性也可以。</Callout>',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });
});

describe('checkMdxSafety rejects code and risky markup, naming the line', () => {
  it.each([
    ['import', 'text\n\nimport x from "y"', 3, '不允许 import'],
    ['export', 'export default function () {}', 1, '不允许 export'],
    ['flow expression', '\n{process.exit(1)}', 2, '不允许花括号表达式'],
    ['text expression', '余额 {1 + 1} 元', 1, '不允许花括号表达式'],
    ['unknown component', '<Danger>x</Danger>', 1, '未知的组件 <Danger>'],
    ['member component', '<Foo.Bar />', 1, '未知的组件 <Foo.Bar>'],
    ['fragment', '<>x</>', 1, '空标签'],
    ['script', '<script src="/x.js"></script>', 1, '不允许 <script>'],
    ['iframe', '<iframe src="/about/" />', 1, '不允许 <iframe>'],
    ['object', '<object data="/x" />', 1, '不允许 <object>'],
    ['embed', '<embed src="/x" />', 1, '不允许 <embed>'],
    ['style tag', '<style>{"a{}"}</style>', 1, '不允许 <style>'],
    ['form', '<form>x</form>', 1, '不允许 <form>'],
    ['link', '<link rel="stylesheet" href="/x.css" />', 1, '不允许 <link>'],
    ['meta', '<meta httpEquiv="refresh" content="0;url=/x" />', 1, '不允许 <meta>'],
    ['base', '<base href="/" />', 1, '不允许 <base>'],
    ['svg', '<svg />', 1, '不允许 <svg>'],
    ['math', '<math />', 1, '不允许 <math>'],
    ['input', '<input />', 1, '不允许 <input>'],
    ['button', '<button>x</button>', 1, '不允许 <button>'],
    ['raw img', '<img src="/x.png" />', 1, '不允许 <img>'],
    ['raw a', '<a href="/x/">x</a>', 1, '不允许 <a>'],
    ['onclick on allowed tag', '<kbd onClick="x">a</kbd>', 1, 'onClick'],
    ['lower-case onerror', '<mark onerror="x">a</mark>', 1, 'onerror'],
    ['style attribute', '<sup style="x">a</sup>', 1, 'style 属性'],
    ['unlisted attribute', '<kbd id="x">a</kbd>', 1, '不允许 id 属性'],
    ['expression attribute on html', '<abbr title={x}>a</abbr>', 1, '不允许写 {…}'],
    ['expression prop', '<Callout type={x}>a</Callout>', 1, '只能写固定的文字'],
    ['call in prop', '<Callout title={fetch("/")}>a</Callout>', 1, '只能写固定的文字'],
    ['template with expression', '<Callout title={`${x}`}>a</Callout>', 1, '只能写固定的文字'],
    ['spread', '<MenuPath {...x} />', 1, '展开属性'],
    ['unknown prop', '<Callout kind="tip">a</Callout>', 1, '没有 kind 属性'],
    ['bad enum', '<Callout type="info">a</Callout>', 1, 'tip、warning、danger'],
    ['wrong literal type', '<Callout type={3}>a</Callout>', 1, '应为带引号的文字'],
    ['missing required prop', '<MenuPath />', 1, '缺少 path'],
    ['unknown menu key', '<MenuPath path="walet" />', 1, '是不是想写 wallet'],
    ['menu labels written inline', '<MenuPath path="我/服务/钱包" />', 1, '只能写 content/menu-paths.yaml 里的键'],
    ['empty menu path', '<MenuPath path=" " />', 1, '不能为空'],
    ['javascript link', '[x](javascript:alert(1))', 1, 'javascript:'],
    ['mixed case', '[x](JaVaScRiPt:alert(1))', 1, 'javascript:'],
    ['entity tab', '[x](java&#x09;script:alert(1))', 1, 'javascript:'],
    ['entity colon', '[x](javascript&colon;alert(1))', 1, 'javascript:'],
    ['decimal entity', '[x](&#106;avascript:alert(1))', 1, 'javascript:'],
    ['leading space in angle link', '[x](< javascript:alert(1)>)', 1, 'javascript:'],
    ['percent-encoded', '[x](%6Aavascript:alert(1))', 1, 'javascript:'],
    ['vbscript', '[x](vbscript:msgbox)', 1, 'vbscript:'],
    ['data link', '[x](data:text/html,<b>)', 1, 'data:'],
    ['definition', '[x][a]\n\n[a]: javascript:alert(1)', 3, '链接定义'],
    ['data image', '![x](data:image/png;base64,AAAA)', 1, 'data:'],
    ['remote image', '![x](https://example.com/a.png)', 1, '来自其他网站'],
    ['protocol-relative image', '![x](//example.com/a.png)', 1, '来自其他网站'],
    ['relative image', '![x](a.png)', 1, '来自其他网站'],
    ['jsx href scheme', '<abbr title="x" href="javascript:x">a</abbr>', 1, 'javascript:'],
  ])('%s', (_name, body, line, fragment) => {
    const found = messages(body);
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    expect(found.some((m) => m.startsWith(`${line}: `) && m.includes(fragment)), JSON.stringify(found)).toBe(true);
  });

  it('turns an MDX syntax error into one Chinese problem at its line', () => {
    for (const [body, line, fragment] of [
      ['ok\n\n<Callout type="tip">\n\nx', 3, '没有正确闭合'],
      ['ok\n\n<!-- note -->', 3, 'HTML 注释'],
      ['a {b', 1, '花括号'],
      ['<Callout type="tip"', 1, '尖括号'],
    ] as const) {
      const found = checkMdxSafety(body);
      expect(found).toHaveLength(1);
      expect(found[0].line).toBe(line);
      expect(found[0].message).toMatch(/^MDX 语法错误：/);
      expect(found[0].message).toContain(fragment);
      expect(found[0].message).not.toMatch(/\n\s+at /);
    }
  });
});

describe('URL helpers', () => {
  it('normalises obfuscated schemes the way a browser reads them', () => {
    expect(normalizeUrl(' JaVa\tScR\nipt:x')).toBe('javascript:x');
    expect(dangerousScheme('java&#x09;script:alert(1)')).toBe('javascript:');
    expect(dangerousScheme('&#x64;ata:text/html,x')).toBe('data:');
    expect(dangerousScheme('https://kf.qq.com/')).toBeUndefined();
    expect(dangerousScheme('/articles/data-usage/')).toBeUndefined();
  });
  it('knows local paths', () => {
    expect(isLocalPath('/images/a.png')).toBe(true);
    expect(isLocalPath('//evil/a.png')).toBe(false);
    expect(isLocalPath('/\\evil/a.png')).toBe(false);
    expect(isLocalPath('https://x/a.png')).toBe(false);
  });
});

describe('MDX component registry', () => {
  it('index.ts registers exactly the components the check allows', () => {
    // index.ts imports .astro files, which plain Node cannot load: read its export instead.
    const source = readFileSync(join(import.meta.dirname, '../../src/components/mdx/index.ts'), 'utf8');
    const registered = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1].split(',').map((s) => s.trim()).filter(Boolean);
    expect(registered?.sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });
});
