/**
 * public/ is content too: everything in it is served from the site's origin as it is. An SVG with
 * a <script>, a .js file, an .htm "support form" or an .html with its own loose CSP would run on
 * the site's origin (on a host without the CSP header) and could be linked from an article as a
 * "site path". So contributors may add raster images under public/images/ and nothing else; the
 * project's own files are listed one by one. Shared by the content check and the build's gate.
 *
 * SVG is refused rather than sanitised: a screenshot is a raster image anyway, and refusing needs
 * no sanitiser to keep up to date.
 */
import { basePath } from '../../i18n/paths.ts';
import type { Finding } from './problems.ts';
import { lstatSync, openSync, readSync, closeSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const PUBLIC_DIR = 'public';
/** Where contributors put images (CONTRIBUTING.md「截图和个人信息」). */
export const IMAGES_DIR = 'images';
/** The project's own files in public/, each named: the only files outside images/ and the only non-images. */
export const PROJECT_PUBLIC_FILES: readonly string[] = ['_headers', 'favicon.svg'];

/** Allowed image types and the bytes a real file of that type starts with. */
const IMAGE_SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  '.png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  '.jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  '.gif': (h) => h.subarray(0, 4).toString('latin1') === 'GIF8',
  '.webp': (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  '.avif': (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(h.subarray(8, 12).toString('latin1')),
};
export const IMAGE_EXTENSIONS: readonly string[] = Object.keys(IMAGE_SIGNATURES);

/** One image, in bytes: a phone screenshot saved as PNG is 100–400 KB, as WebP or JPEG far less. */
export const MAX_IMAGE_BYTES = 500 * 1024;
/** Files under public/images/, so a pull request cannot flood the site (none today). */
export const MAX_IMAGE_FILES = 500;
/** Folders under public/images/ (images/a/b/x.png is 2). */
const MAX_IMAGE_DEPTH = 2;

const NAME = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** A whole-file finding; `file` is relative to the content root, e.g. public/images/step.svg. */
type PublicFinding = Pick<Finding, 'file' | 'message'>;

export interface PublicCheck {
  findings: PublicFinding[];
  /** Site paths of the allowed images, e.g. /images/balance.png: what a body may link or show. */
  assets: Set<string>;
}

const ACTIVE = /^\.(?:html?|xhtml|xht|shtml|js|mjs|cjs|svgz?|xml|xsl|xslt|css|wasm|swf|pdf|php|asp|aspx|jsp|cgi)$/;

/** Every file under `root`/public/, checked without following links. */
export function checkPublicFiles(root: string): PublicCheck {
  const findings: PublicFinding[] = [];
  const assets = new Set<string>();
  const publicDir = join(root, PUBLIC_DIR);
  if (!existsSync(publicDir)) return { findings, assets };
  let images = 0;
  const walk = (relativeDir: string, depth: number) => {
    for (const name of readdirSync(join(publicDir, relativeDir)).sort()) {
      const relativePath = relativeDir ? `${relativeDir}/${name}` : name;
      const file = `${PUBLIC_DIR}/${relativePath}`;
      const stat = lstatSync(join(publicDir, relativePath));
      if (stat.isSymbolicLink()) {
        findings.push({ file, message: '这是一个符号链接（快捷方式）：public/ 里只能放真正的图片文件' });
        continue;
      }
      if (!relativeDir && PROJECT_PUBLIC_FILES.includes(name) && stat.isFile()) continue;
      if (!relativeDir && name !== IMAGES_DIR) {
        findings.push({ file, message: `public/ 下只能在 ${PUBLIC_DIR}/${IMAGES_DIR}/ 里放图片：其他文件会原样发布在本站的网址下。项目自己的文件只有 ${PROJECT_PUBLIC_FILES.join('、')}` });
        continue;
      }
      if (stat.isDirectory()) {
        if (relativeDir && (!NAME.test(name) || depth >= MAX_IMAGE_DEPTH)) findings.push({ file, message: `文件夹名只能用小写英文字母、数字和连字符，最多 ${MAX_IMAGE_DEPTH} 层` });
        else walk(relativePath, relativeDir ? depth + 1 : 0);
        continue;
      }
      if (!stat.isFile()) {
        findings.push({ file, message: '这不是普通文件：public/images/ 里只能放图片' });
        continue;
      }
      const problem = imageFileProblem(join(publicDir, relativePath), name, stat.size);
      if (problem) {
        findings.push({ file, message: problem });
        continue;
      }
      if (++images === MAX_IMAGE_FILES + 1) findings.push({ file, message: `public/images/ 里的图片太多（超过 ${MAX_IMAGE_FILES} 个）：只放读者确实需要的截图` });
      assets.add(`/${relativePath}`);
    }
  };
  walk('', 0);
  return { findings, assets };
}

function imageFileProblem(path: string, name: string, size: number): string | undefined {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  if (extension === '.svg' || extension === '.svgz')
    return 'SVG 图片可以携带脚本，在本站的网址下打开时会运行：不接受 SVG。截图请存成 PNG、JPEG 或 WebP';
  if (ACTIVE.test(extension))
    return `不允许 ${extension} 文件：网页、脚本和样式会以本站的名义运行（例如仿冒的客服表单）。public/images/ 里只能放图片（${IMAGE_EXTENSIONS.join('、')}）`;
  if (!Object.hasOwn(IMAGE_SIGNATURES, extension))
    return `不支持的文件类型「${extension || '无扩展名'}」：public/images/ 里只能放图片（${IMAGE_EXTENSIONS.join('、')}）`;
  if (!NAME.test(stem) || name !== name.toLowerCase())
    return `文件名「${name}」不合格：只能用小写英文字母、数字和连字符，例如 balance-details.png`;
  if (size > MAX_IMAGE_BYTES)
    return `图片太大（${Math.ceil(size / 1024)} KB，上限 ${MAX_IMAGE_BYTES / 1024} KB）：只截需要的部分，或存成 WebP/JPEG`;
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (!IMAGE_SIGNATURES[extension](head)) return `文件内容不是 ${extension} 图片（扩展名和内容不符）：请用图片软件重新导出`;
  return undefined;
}

/**
 * Why a root-relative link or image target leads nowhere on the site, or undefined: it must be one
 * of the site's pages (by route; the content check also checks that the article, FAQ, symptom or
 * category exists) or an allowed image in public/images/.
 */
export function sitePathProblem(url: string, assets: ReadonlySet<string>, what = '链接'): string | undefined {
  const path = url.replace(/[?#].*$/s, '');
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    return undefined; // malformedPathProblem reports it
  }
  if (decoded.startsWith('/images/')) {
    return assets.has(decoded) ? undefined : `${what} ${shortPath(url)} 指向 public/images/ 里不存在或不允许的文件：图片必须是 public/images/ 里通过检查的 ${IMAGE_EXTENSIONS.join('、')} 文件`;
  }
  // The English edition's pages are the same routes under /en/ (docs/i18n.md).
  const route = basePath(decoded);
  if (SITE_ROUTES.some((pattern) => pattern.test(route))) return undefined;
  return `${what} ${shortPath(url)} 不是本站的页面：站内链接只能指向文章（/articles/…/）、问答（/faq/…/）、症状、分类、搜索等页面，或 public/images/ 里的图片`;
}

/** The routes of src/pages/ (trailing slash as the build writes them; the slash may be left out). */
const SITE_ROUTES: readonly RegExp[] = [
  /^\/$/,
  /^\/(?:search|about|faq|categories|symptoms)\/?$/,
  /^\/rss\.xml$/,
  /^\/(?:articles|faq)\/[a-z0-9-]+\/?$/,
  /^\/(?:symptoms|categories)\/[a-z0-9-]+\/?(?:\d+\/?)?$/,
  /^\/categories\/[a-z0-9-]+\/faq\/?(?:\d+\/?)?$/,
];

function shortPath(url: string): string {
  const flat = url.replace(/\p{Cc}/gu, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
