import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateRules, RULES } from '../../src/lib/content-check/rules/index.ts';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'src', 'lib', 'content-check', 'rules');
const ruleFiles = readdirSync(RULES_DIR)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -3))
  .sort();

describe('content-check rules', () => {
  it('runs every rule file exactly once, each named after its file', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual(ruleFiles);
    for (const id of ruleFiles) expect(readFileSync(join(RULES_DIR, `${id}.ts`), 'utf8')).toContain(`id: '${id}'`);
  });

  it('gives the build gate a rule at every stage it runs', () => {
    expect(RULES.filter((rule) => rule.gate).map((rule) => `${rule.gate!.stage}:${rule.id}`).sort()).toEqual([
      'build:public-files',
      'frontmatter:frontmatter-gate',
      'source:source-limits',
      'tree:mdx-safety',
    ]);
    expect(gateRules('source')).toHaveLength(1);
  });

  it('reports a layout, an unofficial source and a hidden character in the gate frontmatter stage', () => {
    const [frontmatter] = gateRules('frontmatter');
    const problems = frontmatter.run({ layout: 'x', sources: [{ url: 'https://evil.example/' }], title: 'a\u202eb' }, { allowedHosts: [], assets: new Set() });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('layout');
    expect(problems.some((p) => p.startsWith('sources.0.url：'))).toBe(true);
    expect(problems.some((p) => p.startsWith('title：'))).toBe(true);
  });
});
