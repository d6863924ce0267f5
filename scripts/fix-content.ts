/**
 * npm run fix:content [-- <files>]
 * Fixes Chinese typography (spaces, full-width punctuation) in content/ with AutoCorrect, in
 * exactly the places the content check lints, and says which files it changed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fixMdx, fixYamlProse } from '../src/lib/content-check/fix-typography.ts';
import { useTypographyConfig } from '../src/lib/content-check/typography.ts';

const root = resolve(import.meta.dirname, '..');
useTypographyConfig(root);
const content = join(root, 'content');
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const files = named.length
  ? named.map((file) => resolve(file))
  : [
      ...['articles', 'faq'].flatMap((dir) => readdirSync(join(content, dir)).filter((n) => n.endsWith('.mdx')).map((n) => join(content, dir, n))),
      join(content, 'categories.yaml'),
      join(content, 'symptoms.yaml'),
    ];

let changed = 0;
for (const file of files) {
  const before = readFileSync(file, 'utf8');
  // Aliases imitate how people type (spacing and all), so they are left as written.
  const after = file.endsWith('.mdx') ? fixMdx(before) : fixYamlProse(before, { skipKeys: ['aliases'] });
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`已修正：${relative(root, file)}`);
    changed++;
  }
}
console.log(changed ? `共修正 ${changed} 个文件。请用 git diff 看一眼改动，再运行 npm run check:content。` : '排版没有需要修正的地方。');
