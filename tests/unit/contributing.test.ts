import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { MDX_COMPONENT_SPECS, type PropSpec } from '../../src/schemas/mdx-components.ts';
import { ALLOWED_HTML } from '../../src/lib/content-check/mdx-safety.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const packageJson = z.object({ scripts: z.record(z.string(), z.string()) });
const scripts = Object.keys(packageJson.parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))).scripts);

describe('CONTRIBUTING.md matches what the check allows', () => {
  it('documents every MDX component and its props', () => {
    for (const [name, spec] of Object.entries(MDX_COMPONENT_SPECS)) {
      expect(guide).toContain(`<${name}`);
      for (const prop of Object.keys(spec.props)) expect(guide, `${name}.${prop}`).toContain(`${prop}=`);
      for (const value of Object.values<PropSpec>(spec.props).flatMap((p) => p.oneOf ?? [])) expect(guide).toContain(`\`${value}\``);
    }
  });
  it('lists every allowed HTML tag', () => {
    for (const tag of Object.keys(ALLOWED_HTML)) expect(guide, tag).toMatch(new RegExp(`<${tag}[ />]`));
  });
  it('only mentions npm scripts that exist', () => {
    const mentioned = [...guide.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]);
    expect(mentioned.length).toBeGreaterThan(3);
    for (const name of mentioned) expect(scripts, name).toContain(name);
  });
});

describe('CONTRIBUTING.md documents every content limit', () => {
  it('names each limit with its current value', async () => {
    const limits = await import('../../src/lib/content-check/limits.ts');
    const { MAX_FIELD_CHARS, MAX_ITEMS, DATA_LIMITS } = await import('../../src/schemas/content.ts');
    const publicFiles = await import('../../src/lib/content-check/public-files.ts');
    const numbers = [
      `${limits.MAX_FILE_BYTES / 1024} KB`,
      `${limits.MAX_LINE_CHARS} 个字符`,
      `${limits.MAX_INDENT_COLUMNS} 个空格`,
      `| ${limits.MAX_LINE_PREFIX_DEPTH} 层 |`,
      `每个文件 ${limits.MAX_TAGS} 个`,
      `每个文件 ${limits.MAX_EMPHASIS_MARKERS} 个`,
      `每个文件 ${limits.MAX_LINKS} 个`,
      ...Object.values(limits.MAX_NESTING).map((n) => `| ${n} 层 |`),
      ...Object.values(MAX_FIELD_CHARS).map((n) => `| ${n} 字 |`),
      // Output bounds: what a body, a page and the build may produce.
      `每个表格 ${limits.MAX_TABLE_COLUMNS} 列`,
      `每个表格 ${limits.MAX_TABLE_CELLS} 个`,
      `每个文件 ${limits.MAX_BODY_ELEMENTS} 个`,
      `| ${limits.MAX_BUILT_PAGE_BYTES / 1024} KB、${limits.MAX_BUILT_PAGE_ELEMENTS} 个元素 |`,
      `每篇 ${MAX_ITEMS.causes} / ${MAX_ITEMS.steps} / ${MAX_ITEMS.sources} 项`,
      `| ${MAX_ITEMS.signs} 条 |`,
      `每篇 ${MAX_ITEMS.symptoms} / ${MAX_ITEMS.related} 项`,
      // Data files.
      `| 数据文件大小 | ${limits.MAX_DATA_FILE_BYTES / 1024} KB |`,
      `| ${DATA_LIMITS.symptoms} / ${DATA_LIMITS.categories} / ${DATA_LIMITS.menuPaths} / ${DATA_LIMITS.hosts} 个 |`,
      `| ${DATA_LIMITS.aliases} 个，每个 ${DATA_LIMITS.aliasChars} 字 |`,
      `| ${DATA_LIMITS.labelChars} / ${DATA_LIMITS.descriptionChars} 字 |`,
      `| ${DATA_LIMITS.categoryNameChars} / ${DATA_LIMITS.descriptionChars} 字 |`,
      `| ${DATA_LIMITS.menuSegments} 级，每级 ${DATA_LIMITS.menuLabelChars} 字 |`,
      `| ${DATA_LIMITS.versionChars} / ${DATA_LIMITS.noteChars} 字 |`,
      `| 其他数据文件里的文字 | ${limits.MAX_DATA_STRING_CHARS} 字 |`,
      // public/.
      `| 每张图片 | ${publicFiles.MAX_IMAGE_BYTES / 1024} KB |`,
      `| 图片个数 | ${publicFiles.MAX_IMAGE_FILES} 个 |`,
      ...publicFiles.PROJECT_PUBLIC_FILES.map((file) => `\`public/${file}\``),
    ];
    for (const text of numbers) expect(guide, text).toContain(text);
  });
});
