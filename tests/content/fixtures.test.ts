import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { caseNames, expectedLines, FIXTURE_TODAY, materialise } from '../helpers/content-fixtures.ts';

function problemsFor(caseName?: string): string[] {
  const { root, cleanup } = materialise(caseName);
  try {
    return checkContent(root, { today: FIXTURE_TODAY }).problems.map(formatProblem);
  } finally {
    cleanup();
  }
}

describe('content check fixtures', () => {
  it('accepts the valid base content without a single problem', () => {
    expect(problemsFor()).toEqual([]);
  });

  it('has at least 20 malformed cases', () => {
    expect(caseNames().length).toBeGreaterThanOrEqual(20);
  });

  it.each(caseNames())('%s: reports exactly the expected problems', (caseName) => {
    const expected = expectedLines(caseName);
    expect(expected.length, 'a case must expect at least one problem').toBeGreaterThan(0);
    expect(problemsFor(caseName)).toEqual(expected);
  });
});
