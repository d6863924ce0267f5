/**
 * The English edition in the content check: a valid English tree over the base fixture passes,
 * and each rule that applies to English pages reports them (tests/fixtures/content/english-cases,
 * each laid over base + english, with its expected.txt), while the Chinese-only typography rules
 * do not fire on English text.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { BASE, FIXTURES, FIXTURE_TODAY } from '../helpers/content-fixtures.ts';

const ENGLISH = join(FIXTURES, 'english');
const CASES = join(FIXTURES, 'english-cases');

function problemsFor(caseName?: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'kb-en-fixture-'));
  try {
    cpSync(BASE, root, { recursive: true });
    cpSync(ENGLISH, root, { recursive: true });
    if (caseName) cpSync(join(CASES, caseName), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
    return checkContent(root, { today: FIXTURE_TODAY }).problems.map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const expectedLines = (caseName: string) =>
  readFileSync(join(CASES, caseName, 'expected.txt'), 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));

describe('the English edition in the content check', () => {
  it('accepts valid English pages, en: blocks, an English-only symptom and category, and English menu labels', () => {
    expect(problemsFor()).toEqual([]);
  });

  it.each(readdirSync(CASES).sort())('%s: reports exactly the expected problems', (caseName) => {
    const expected = expectedLines(caseName);
    expect(expected.length, 'a case must expect at least one problem').toBeGreaterThan(0);
    expect(problemsFor(caseName)).toEqual(expected);
  });
});
