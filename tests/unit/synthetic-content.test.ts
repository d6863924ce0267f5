import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { ROOT } from '../helpers/dist.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('benchmark content generator', () => {
  const written = writeSyntheticContent(ROOT, root, { articles: 30, faqs: 15 });

  it('writes the requested number of articles and FAQs', () => {
    expect(written).toEqual({ articles: 30, faqs: 15 });
    expect(readdirSync(join(root, 'content', 'articles'))).toHaveLength(30);
    expect(readdirSync(join(root, 'content', 'faq'))).toHaveLength(15);
  });

  it('passes the whole content check (schemas, references, links, typography)', () => {
    const { problems, counts } = checkContent(root, { today: new Date('2026-11-23T00:00:00Z') });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([]);
    expect(counts.articles).toBe(30);
    expect(counts.faqs).toBe(15);
  });

  it('is deterministic', () => {
    const again = mkdtempSync(join(tmpdir(), 'kb-synthetic-'));
    try {
      writeSyntheticContent(ROOT, again, { articles: 3, faqs: 1 });
      const file = join('content', 'articles', 'bench-article-3.mdx');
      const other = mkdtempSync(join(tmpdir(), 'kb-synthetic-'));
      writeSyntheticContent(ROOT, other, { articles: 3, faqs: 1 });
      expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(other, file), 'utf8'));
      rmSync(other, { recursive: true, force: true });
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
