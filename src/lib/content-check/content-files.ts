/**
 * Reading one content file safely: a symbolic link (dangling, or pointing at /etc/passwd), a
 * directory, a binary or non-UTF-8 file each get their own Chinese message instead of a crash.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export type LoadedFile = { source: string } | { problem: string; line: number };

export function readContentFile(path: string): LoadedFile {
  let link;
  try {
    link = lstatSync(path);
  } catch {
    return { problem: '找不到这个文件：检查路径是否写对（例如 content/articles/withdrawal-failed.mdx）', line: 1 };
  }
  if (link.isSymbolicLink()) {
    let target = true;
    try {
      statSync(path);
    } catch {
      target = false;
    }
    return {
      problem: target
        ? '这是一个符号链接（快捷方式）：内容文件必须是真正的文件，请把内容复制进来'
        : '这是一个指向不存在文件的符号链接（快捷方式）：请删除它，或换成真正的文件',
      line: 1,
    };
  }
  if (!link.isFile()) return { problem: '这不是普通文件：内容目录里只能放 .mdx 文本文件', line: 1 };
  const bytes = readFileSync(path);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: '这不是文本文件（含有二进制内容）：内容文件必须是 UTF-8 编码的文本。图片请放进 public/images/', line: lineAt(bytes, nul) };
  try {
    return { source: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: '文件不是 UTF-8 编码：请用编辑器把它另存为 UTF-8（不要用 GBK/GB2312）', line: 1 };
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Why a path named on the command line is not a content file the check reads, or undefined.
 * `npm run check:content -- /etc/passwd` must not report a pass for a file it never looked at.
 */
export function namedFileProblem(root: string, path: string): string | undefined {
  const inside = relative(join(root, 'content'), path).split(sep).join('/');
  if (inside.startsWith('../') || inside === '..' || isAbsolute(inside))
    return '不在 content/ 目录里：内容检查只检查 content/articles/、content/faq/ 下的 .mdx 和 content/ 下的 .yaml 文件';
  if (!/^(?:en\/)?(?:articles|faq)\/[^/]+$/.test(inside) && !/^[^/]+\.yaml$/.test(inside))
    return '不是内容文件：内容检查只检查 content/articles/、content/faq/（英文版 content/en/articles/、content/en/faq/）下的 .mdx 和 content/ 下的 .yaml 文件';
  return undefined;
}
