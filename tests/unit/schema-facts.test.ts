import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildJsonSchemas } from '../../scripts/export-json-schema.ts';
import { articleSchema, FIELD_DESCRIPTIONS, MACHINE_KEYS } from '../../src/schemas/content.ts';

describe('the schema carries the field facts', () => {
  it('z.toJSONSchema emits each field description from .meta, nested fields included', () => {
    const json = z.toJSONSchema(articleSchema, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string }> } }>;
    };
    expect(json.properties.title.description).toBe(FIELD_DESCRIPTIONS.title);
    expect(json.properties.causes.items!.properties.check.description).toBe(FIELD_DESCRIPTIONS.check);
    expect(json.properties.steps.items!.properties.path.description).toBe(FIELD_DESCRIPTIONS.path);
  });

  it('every description is used by some content file', () => {
    const generated = Object.values(buildJsonSchemas()).join('\n');
    for (const [name, description] of Object.entries(FIELD_DESCRIPTIONS)) expect(generated, name).toContain(JSON.stringify(description));
  });

  it('the machine keys are the fields the schema marks: ids, URLs, dates, flags and keys', () => {
    expect([...MACHINE_KEYS].sort()).toEqual(['category', 'check', 'checkedBy', 'date', 'draft', 'for', 'id', 'kind', 'order', 'read', 'related', 'sourcesChecked', 'symptoms', 'url']);
  });
});
