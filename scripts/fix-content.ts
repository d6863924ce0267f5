/**
 * npm run fix:content [-- <files>] [--root <dir>]
 * Fixes Chinese typography (spaces, full-width punctuation) in content/ with AutoCorrect, in
 * exactly the places the content check lints, and says which files it changed.
 *
 * It rewrites files, so it never follows a link: a symbolic link in content/ (or a named file
 * outside it) could otherwise make it rewrite a file anywhere on the machine. Such files are
 * skipped with a message; files are opened with O_NOFOLLOW so a link swapped in meanwhile fails.
 */
import { closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fixMdx, fixYamlProse } from '../src/lib/content-check/fix-typography.ts';
import { useTypographyConfig } from '../src/lib/content-check/typography.ts';
import { parseCliArgs } from './lib/args.ts';

const { values, positionals: named } = parseCliArgs({ allowPositionals: true, options: { root: { type: 'string' } } }, '可用的参数：--root <目录>，后面可以跟要修正的文件');
const root = resolve(values.root ?? join(import.meta.dirname, '..'));
useTypographyConfig(root);
const content = join(root, 'content');
const files = named.length
  ? named.map((file) => resolve(file))
  : [
      ...['articles', 'faq'].flatMap((dir) => readdirSync(join(content, dir)).filter((n) => n.endsWith('.mdx')).map((n) => join(content, dir, n))),
      join(content, 'categories.yaml'),
      join(content, 'symptoms.yaml'),
    ];

/** Why a file must not be rewritten, or undefined: only regular files whose real folder is inside content/. */
function skipReason(file: string): string | undefined {
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return '找不到这个文件';
  }
  if (stat.isSymbolicLink()) return '这是符号链接（快捷方式），不会跟随它去改别处的文件';
  if (!stat.isFile()) return '这不是普通文件';
  const inside = relative(realpathSync(content), realpathSync(dirname(file)));
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return '不在 content/ 目录里';
  return undefined;
}

let changed = 0;
for (const file of files) {
  const shown = relative(root, file);
  const reason = skipReason(file);
  if (reason) {
    console.error(`已跳过：${shown}（${reason}）`);
    continue;
  }
  const reader = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  let before: string;
  try {
    before = readFileSync(reader, 'utf8');
  } finally {
    closeSync(reader);
  }
  // Aliases imitate how people type (spacing and all), so they are left as written.
  const after = file.endsWith('.mdx') ? fixMdx(before) : fixYamlProse(before, { skipKeys: ['aliases'] });
  if (after !== before) {
    const writer = openSync(file, constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW);
    try {
      writeFileSync(writer, after);
    } finally {
      closeSync(writer);
    }
    console.log(`已修正：${shown}`);
    changed++;
  }
}
console.log(changed ? `共修正 ${changed} 个文件。请用 git diff 看一眼改动，再运行 npm run check:content。` : '排版没有需要修正的地方。');
