import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content');
export const BASE = join(FIXTURES, 'base');
export const CASES = join(FIXTURES, 'cases');
/** The fixtures' "today": their dates are checked against this, not the clock. */
export const FIXTURE_TODAY = new Date('2026-06-01T00:00:00Z');

export function caseNames(): string[] {
  return readdirSync(CASES).sort();
}

/** A temporary content root: the valid base with one case's files laid over it. */
export function materialise(caseName?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  cpSync(BASE, root, { recursive: true });
  if (caseName) cpSync(join(CASES, caseName), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function expectedLines(caseName: string): string[] {
  return readFileSync(join(CASES, caseName, 'expected.txt'), 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
}

/** The project's Node 22 (the `node` devDependency); scripts use type stripping, which Node 20 lacks. */
export const NODE = (() => {
  const local = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'node');
  return existsSync(local) ? local : process.execPath;
})();
