import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Every source file under src/<dir>, relative to src/, with the module specifiers it imports (static and dynamic). */
function imports(dir: string): Array<{ file: string; specifier: string }> {
  const files = readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ts|mjs|js|astro)$/.test(name));
  return files.flatMap((name) => {
    const file = join(dir, name);
    const text = readFileSync(join(SRC, file), 'utf8');
    return [...text.matchAll(/(?:^|[\s;])(?:import|export)\s*(?:type\s+)?(?:[\w*${}\s,]+?\s*from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => ({
      file,
      specifier: m[1] ?? m[2],
    }));
  });
}

describe('layering: which folder may import which', () => {
  it('finds the imports it checks (the scanner works)', () => {
    expect(imports('lib').some(({ file, specifier }) => file === join('lib', 'mdx', 'plain-text.ts') && specifier === './mdx-parse.ts')).toBe(true);
  });

  it('src/lib imports nothing from src/components (the UI depends on the logic, never the reverse)', () => {
    expect(imports('lib').filter(({ specifier }) => /(^|\/)components\//.test(specifier))).toEqual([]);
  });

  it('src/ holds no test or bench tooling: nothing in it imports from tests/, scripts/ or a test library', () => {
    const tooling = /(^|\/)(tests|scripts\/lib)\/|^(vitest|playwright-core|axe-core|lighthouse|html-validate)(\/|$)/;
    expect(imports('.').filter(({ specifier }) => tooling.test(specifier))).toEqual([]);
  });
});
