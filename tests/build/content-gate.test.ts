/**
 * `astro build` alone — no content check first — refuses content that would run code. Builds the
 * two reproductions that ran code at build time (shared/adversarial/b01 and t01, kept as fixtures
 * under tests/fixtures/content/cases/adv-*) over the valid base content, and asserts that the build
 * fails naming the file and line, and that the code did not run (each repro writes a file into the
 * working directory).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnBuild } from '../helpers/build.ts';
import { BASE, CASES } from '../helpers/content-fixtures.ts';
import { ROOT } from '../helpers/dist.ts';

const work = mkdtempSync(join(tmpdir(), 'kb-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function buildCase(caseName: string): Promise<{ status: number | null; output: string; root: string }> {
  const root = join(work, caseName);
  cpSync(BASE, root, { recursive: true });
  cpSync(join(CASES, caseName), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  // From the repository, as `npm run build` runs: the payload writes its file into the working directory.
  const { status, output } = await spawnBuild({ contentRoot: root, dist: join(root, 'dist'), cache: join(root, 'cache'), via: 'astro', timeoutMs: 120_000 });
  return { status, output, root };
}

describe('the build refuses content code on its own', () => {
  it.each([
    ['adv-b01-footnote-rce', 'content/articles/b01-footnote-rce.mdx:24', '不允许花括号表达式', 'PWNED-b01'],
    ['adv-t01-table-attr-rce', 'content/articles/t01-table-attr-rce.mdx:24', '<Callout> 的 title 属性只能写固定的文字', 'PWNED-t01'],
  ])('%s: astro build fails at the file and line, and nothing ran', async (caseName, place, message, marker) => {
    rmSync(join(ROOT, marker), { force: true });
    const { status, output, root } = await buildCase(caseName);
    expect(status, output).not.toBe(0);
    expect(output).toContain(place);
    expect(output).toContain(message);
    expect(output).toContain('内容安全检查未通过');
    // Without the gate this file exists after the build (checked by hand: "pwned <pid>").
    expect(existsSync(join(ROOT, marker)), 'the payload ran and wrote its file').toBe(false);
    expect(existsSync(join(root, 'dist', 'articles')), 'no pages were written').toBe(false);
  }, 150_000);

  it('adv-a01-table-amplification-medium: a 10 KB table that ran the build out of memory after 7.7 min stops at its file and line', async () => {
    const start = performance.now();
    const { status, output, root } = await buildCase('adv-a01-table-amplification-medium');
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/faq/a01-table-amplification-medium.mdx:11  正文  表格的列太多（990 列，上限 10 列）');
    expect(existsSync(join(root, 'dist', 'faq')), 'no pages were written').toBe(false);
    // Before the bound: 190 MB of generated JavaScript and 5.6 GB of memory. Now: the time to start a build.
    expect(performance.now() - start).toBeLessThan(120_000);
  }, 150_000);
});
