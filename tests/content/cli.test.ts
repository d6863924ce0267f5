import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialise, NODE } from '../helpers/content-fixtures.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'check-content.ts');
const run = (args: string[]) => spawnSync(NODE, [SCRIPT, ...args], { encoding: 'utf8' });

describe('npm run check:content', () => {
  it('reports every problem of a broken tree in one run, in the documented format, without a stack trace', () => {
    const { root, cleanup } = materialise('unknown-symptom');
    try {
      // Add a second broken file: both must be reported in the same run.
      const second = materialise('missing-field');
      spawnSync('cp', [join(second.root, 'content/articles/no-summary.mdx'), join(root, 'content/articles/')]);
      second.cleanup();
      const result = run(['--root', root]);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n').filter((l) => l.startsWith('content/'));
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(/^content\/\S+\.mdx:\d+ {2}\S+ {2}\S/);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)/); // no stack frames
      expect(result.stderr).toContain('内容检查未通过');
    } finally {
      cleanup();
    }
  });

  it('--format github prints each problem as a GitHub annotation on standard output', () => {
    const { root, cleanup } = materialise('unknown-symptom');
    try {
      const result = run(['--root', root, '--format', 'github']);
      expect(result.status).toBe(1);
      const annotations = result.stdout.trim().split('\n');
      expect(annotations.length).toBeGreaterThan(0);
      for (const line of annotations) expect(line).toMatch(/^::error file=content\/articles\/[^,:]+\.mdx,line=\d+,title=[^,:]+::\S/);
      expect(result.stdout).toContain('未知的症状');
      expect(run(['--root', root, '--format', 'xml']).stderr).toContain('--format 只能是 text 或 github');
    } finally {
      cleanup();
    }
  });

  it('prints one line with the counts on success', () => {
    const { root, cleanup } = materialise();
    try {
      const result = run(['--root', root]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toMatch(/1 篇文章、1 条问答/);
    } finally {
      cleanup();
    }
  });

  it('checks only the named files when given some', () => {
    const { root, cleanup } = materialise('unknown-symptom');
    try {
      const onlyGood = run(['--root', root, join(root, 'content/articles/ok-article.mdx')]);
      expect(onlyGood.status, onlyGood.stderr).toBe(0);
      expect(onlyGood.stdout).toContain('只检查了 1 个文件');
      const onlyBad = run(['--root', root, 'content/articles/bad-symptom.mdx']);
      expect(onlyBad.status).toBe(1);
    } finally {
      cleanup();
    }
  });
});

describe('npm run fix:content', () => {
  const FIX = join(import.meta.dirname, '..', '..', 'scripts', 'fix-content.ts');

  it('never follows a symbolic link: a link in content/ to a file outside stays untouched', () => {
    const { root, cleanup } = materialise();
    const outside = mkdtempSync(join(tmpdir(), 'kb-outside-'));
    try {
      const victim = join(outside, 'victim.mdx');
      const text = '---\ntitle: 提现100元失败\n---\n\n提现100元失败,怎么办\n';
      writeFileSync(victim, text);
      symlinkSync(victim, join(root, 'content/articles/linked.mdx'));
      // A real file with the same typography problem is fixed, so the run did do its work.
      writeFileSync(join(root, 'content/articles/real.mdx'), text);
      const result = spawnSync(NODE, [FIX, '--root', root], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stderr).toContain('已跳过：content/articles/linked.mdx（这是符号链接（快捷方式），不会跟随它去改别处的文件）');
      expect(result.stdout).toContain('已修正：content/articles/real.mdx');
      expect(readFileSync(victim, 'utf8')).toBe(text);
      expect(readFileSync(join(root, 'content/articles/real.mdx'), 'utf8')).toContain('提现 100 元失败');
      // Named on the command line, a file outside content/ is skipped too.
      const named = spawnSync(NODE, [FIX, '--root', root, victim], { encoding: 'utf8' });
      expect(named.stderr).toContain('（不在 content/ 目录里）');
      expect(readFileSync(victim, 'utf8')).toBe(text);
    } finally {
      cleanup();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
