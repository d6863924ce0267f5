import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildJsonSchemas, GENERATED_DIR } from '../../scripts/export-json-schema.ts';

describe('generated JSON Schemas', () => {
  const fresh = buildJsonSchemas();

  it('are committed exactly as a fresh export from the zod schemas (run npm run schema)', () => {
    expect(readdirSync(GENERATED_DIR).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(fresh).sort());
    for (const [file, text] of Object.entries(fresh)) expect(readFileSync(join(GENERATED_DIR, file), 'utf8'), file).toBe(text);
  });

  it('carry the rules contributors hit most', () => {
    const article: unknown = JSON.parse(fresh['article.schema.json']);
    expect(article).toHaveProperty('required', expect.arrayContaining(['title', 'summary', 'category', 'symptoms', 'causes', 'steps']));
    expect(article).toHaveProperty('additionalProperties', false);
    expect(article).toHaveProperty(['properties', 'sourcesChecked'], expect.objectContaining({ type: 'string', format: 'date' }));
    expect(article).toHaveProperty(['properties', 'causes', 'items', 'properties', 'check', 'enum'], ['first', 'next', 'last']);
    expect(article).toHaveProperty(['properties', 'title', 'description'], expect.stringMatching(/标题/));
    const faq: unknown = JSON.parse(fresh['faq.schema.json']);
    expect(faq).toHaveProperty('required', expect.arrayContaining(['question', 'related']));
    const symptoms: unknown = JSON.parse(fresh['symptoms.schema.json']);
    expect(symptoms).toHaveProperty('type', 'array');
    // Data files have list and length limits (DATA_LIMITS), so an editor warns before the check does.
    expect(symptoms).toHaveProperty('maxItems', 200);
    expect(symptoms).toHaveProperty(['items', 'properties', 'aliases', 'maxItems'], 50);
    const hosts: unknown = JSON.parse(fresh['allowed-hosts.schema.json']);
    expect(hosts).toHaveProperty(['items', 'required'], ['host', 'note']);
  });
});

describe('editor settings', () => {
  it('map every generated schema to the files it describes', () => {
    const settingsFile = z.object({ 'yaml.schemas': z.record(z.string(), z.union([z.string(), z.array(z.string())])) });
    const mapped = settingsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../.vscode/settings.json'), 'utf8')))['yaml.schemas'];
    const globs = (file: string) => [mapped[`./src/schemas/generated/${file}`]].flat();
    expect(globs('article.schema.json')).toContain('content/articles/*.mdx');
    expect(globs('faq.schema.json')).toContain('content/faq/*.mdx');
    expect(globs('symptoms.schema.json')).toContain('content/symptoms.yaml');
    expect(globs('categories.schema.json')).toContain('content/categories.yaml');
    expect(globs('menu-paths.schema.json')).toContain('content/menu-paths.yaml');
    expect(globs('search-synonyms.schema.json')).toContain('content/search-synonyms.yaml');
    expect(globs('allowed-hosts.schema.json')).toContain('content/allowed-hosts.yaml');
  });
});
