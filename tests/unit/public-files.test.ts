/**
 * public/ is checked like content: only raster images under public/images/ (checked by content,
 * not only by name), the project's own files named one by one; links and images in a body must
 * lead to a page or one of those images; and the host-headers policy ignores .html from public/.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ownPages } from '../../src/integrations/host-headers.ts';
import { checkPublicFiles, MAX_IMAGE_BYTES, sitePathProblem } from '../../src/lib/content-check/public-files.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string | Buffer>): string {
  root = mkdtempSync(join(tmpdir(), 'kb-public-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}
const findings = (dir: string) => checkPublicFiles(dir).findings.map((f) => `${f.file}  ${f.message}`);

describe('public/', () => {
  it('accepts the project files and real PNG, JPEG and WebP images, and lists them as assets', () => {
    const dir = tree({ 'public/_headers': '/*\n', 'public/favicon.svg': '<svg/>', 'public/images/a.png': PNG, 'public/images/sub/b-c.jpg': JPEG, 'public/images/d.webp': WEBP });
    const result = checkPublicFiles(dir);
    expect(result.findings).toEqual([]);
    expect([...result.assets].sort()).toEqual(['/images/a.png', '/images/d.webp', '/images/sub/b-c.jpg']);
  });

  it.each([
    ['public/images/step.svg', '<svg><script>alert(1)</script></svg>', 'SVG 图片可以携带脚本'],
    ['public/images/step.js', 'alert(1)', '不允许 .js 文件'],
    ['public/images/help.htm', '<form>', '不允许 .htm 文件'],
    ['public/images/guide.html', '<meta http-equiv="Content-Security-Policy">', '不允许 .html 文件'],
    ['public/images/x.xhtml', '<html/>', '不允许 .xhtml 文件'],
    ['public/images/fake.png', '<script>alert(1)</script>', '文件内容不是 .png 图片'],
    ['public/images/Big-Name.png', PNG, '文件名「Big-Name.png」不合格'],
    ['public/images/notes.txt', 'x', '不支持的文件类型「.txt」'],
    ['public/guide.html', '<html/>', 'public/ 下只能在 public/images/ 里放图片'],
    ['public/icon.svg', '<svg/>', 'public/ 下只能在 public/images/ 里放图片'],
    ['public/images/.hidden.png', PNG, '文件名「.hidden.png」不合格'],
    ['public/images/huge.png', Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)]), '图片太大'],
  ])('refuses %s', (path, data, message) => {
    expect(findings(tree({ [path]: data }))).toEqual([`${path}  ${findings(root)[0].split('  ')[1]}`]);
    expect(findings(root)[0]).toContain(message);
  });

  it('refuses a symbolic link, wherever it points', () => {
    const dir = tree({ 'public/images/a.png': PNG });
    symlinkSync('/etc/passwd', join(dir, 'public/images/b.png'));
    expect(findings(dir)).toEqual(['public/images/b.png  这是一个符号链接（快捷方式）：public/ 里只能放真正的图片文件']);
  });
});

describe('site paths in a body', () => {
  const assets = new Set(['/images/a.png']);
  it.each(['/', '/search/', '/search/?q=提现', '/about/', '/faq/', '/rss.xml', '/articles/withdrawal-failed/', '/faq/x/#answer', '/symptoms/balance-zero/', '/categories/withdrawal/faq/', '/categories/withdrawal/2/', '/images/a.png'])(
    'accepts %s',
    (url) => expect(sitePathProblem(url, assets)).toBeUndefined(),
  );
  it.each([
    ['/images/step.svg', '指向 public/images/ 里不存在或不允许的文件'],
    ['/images/b.png', '指向 public/images/ 里不存在或不允许的文件'],
    ['/images/guide.html', '指向 public/images/ 里不存在或不允许的文件'],
    ['/guide.html', '不是本站的页面'],
    ['/_astro/x.js', '不是本站的页面'],
    ['/pagefind/pagefind.js', '不是本站的页面'],
    ['/articles/', '不是本站的页面'],
  ])('refuses %s', (url, message) => expect(sitePathProblem(url, assets)).toContain(message));
});

describe('host headers come from the project\'s own pages', () => {
  it('leaves out an .html that was copied from public/', () => {
    const dir = tree({ 'dist/index.html': 'x', 'dist/articles/a/index.html': 'x', 'dist/images/guide.html': 'x', 'public/images/guide.html': 'x' });
    expect(ownPages(join(dir, 'dist'), join(dir, 'public'))).toEqual(['articles/a/index.html', 'index.html']);
  });
});
