import { describe, expect, it } from 'vitest';
import { parseMdxFile } from '../../src/lib/content-check/frontmatter.ts';

const source = ['---', 'title: 标题', 'steps:', '  - title: 第一步', '    path: [我, 服务]', '  - title: 第二步', '---', '', '正文'].join('\n');

describe('parseMdxFile', () => {
  it('finds the line of nested fields', () => {
    const parsed = parseMdxFile(source);
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['steps', 0, 'path'])).toBe(5);
    expect(parsed.lineOf(['steps', 1, 'title'])).toBe(6);
  });
  it('falls back to the nearest existing parent for a missing field', () => {
    expect(parseMdxFile(source).lineOf(['steps', 1, 'expect'])).toBe(6);
  });
  it('knows where the body starts', () => {
    const parsed = parseMdxFile(source);
    expect(parsed.bodyStartLine).toBe(8);
    expect(parsed.body.trim()).toBe('正文');
  });
  it('reports YAML syntax errors with a line instead of throwing', () => {
    const parsed = parseMdxFile('---\ntitle: [unclosed\nsummary: x\n---\nbody');
    expect(parsed.yamlErrors.length).toBeGreaterThan(0);
    expect(parsed.yamlErrors[0].line).toBeGreaterThanOrEqual(2);
  });
  it('flags a file without frontmatter', () => {
    expect(parseMdxFile('# no frontmatter').missingFrontmatter).toBe(true);
  });
});
