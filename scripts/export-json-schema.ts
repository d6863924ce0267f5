/**
 * npm run schema — writes JSON Schemas of the content files, generated from the zod schemas in
 * src/schemas/content.ts (the one source of truth: rules, limits and each field's description as
 * `.meta({ description })`), to src/schemas/generated/. Editors use them
 * (.vscode/settings.json) to autocomplete and check frontmatter and data files while typing.
 * tests/unit/export-json-schema.test.ts fails when the committed files differ from a fresh export.
 *
 *   npm run schema            regenerate
 *   npm run schema -- --check exit 1 if the committed files are out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parseCliArgs } from './lib/args.ts';
import { allowedHostsFileSchema, articleSchema, categoriesFileSchema, faqSchema, menuPathsFileSchema, searchSynonymsFileSchema, symptomsFileSchema } from '../src/schemas/content.ts';

export const GENERATED_DIR = resolve(import.meta.dirname, '..', 'src', 'schemas', 'generated');

const SCHEMAS = {
  'article.schema.json': { schema: articleSchema, title: '文章 frontmatter（content/articles/*.mdx）' },
  'faq.schema.json': { schema: faqSchema, title: '问答 frontmatter（content/faq/*.mdx）' },
  'categories.schema.json': { schema: categoriesFileSchema, title: '分类（content/categories.yaml）' },
  'symptoms.schema.json': { schema: symptomsFileSchema, title: '症状（content/symptoms.yaml）' },
  'menu-paths.schema.json': { schema: menuPathsFileSchema, title: '菜单路径（content/menu-paths.yaml）' },
  'search-synonyms.schema.json': { schema: searchSynonymsFileSchema, title: '搜索的口语同义说法（content/search-synonyms.yaml）' },
  'allowed-hosts.schema.json': { schema: allowedHostsFileSchema, title: '官方网站名单（content/allowed-hosts.yaml）' },
} as const;

/** File name → JSON text, exactly as committed. */
export function buildJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, {
      // What a contributor writes (the input side), not what the build gets after parsing.
      io: 'input',
      unrepresentable: 'any',
      override: (ctx) => {
        // YAML dates (sourcesChecked: 2026-11-23) are written as calendar dates.
        type Def = { type: string; out?: { _zod: { def: Def } } };
        const def = (ctx.zodSchema as unknown as { _zod: { def: Def } })._zod.def;
        const isDate = def.type === 'date' || (def.type === 'pipe' && def.out?._zod.def.type === 'date');
        if (isDate) Object.assign(ctx.jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      },
    }) as Record<string, unknown>;
    const ordered = { $schema: json.$schema, title, description: '由 src/schemas/content.ts 生成（npm run schema），请勿手改', ...json };
    out[file] = `${JSON.stringify(ordered, null, 2)}\n`;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = parseCliArgs({ options: { check: { type: 'boolean', default: false } } }, '可用的参数：--check').values.check;
  const stale: string[] = [];
  for (const [file, text] of Object.entries(buildJsonSchemas())) {
    const path = join(GENERATED_DIR, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    if (current === text) continue;
    stale.push(file);
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length) {
    console.error(`JSON Schema 已过期：${stale.join('、')}。运行 npm run schema 重新生成后提交。`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? '过期' : '已更新'}：${stale.join('、')}` : 'JSON Schema 已是最新。');
}
