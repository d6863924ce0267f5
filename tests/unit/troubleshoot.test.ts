import { describe, expect, it } from 'vitest';
import {
  appliesTo,
  causeAnchor,
  causeIdFromHash,
  causesAttribute,
  causesWithoutSteps,
  parseCausesAttribute,
  sourceNumbers,
  stepsForCause,
} from '../../src/lib/troubleshoot.ts';

const steps = [
  { title: '看失败原因' }, // every cause
  { title: '换卡', for: ['bank-card', 'not-own-card'] },
  { title: '实名', for: ['real-name'] },
  { title: '等银行', for: ['bank-card'] },
];

describe('which steps apply to a cause', () => {
  it('keeps the article order and includes steps without for', () => {
    expect(stepsForCause(steps, 'bank-card')).toEqual([0, 1, 3]);
    expect(stepsForCause(steps, 'not-own-card')).toEqual([0, 1]);
    expect(stepsForCause(steps, 'real-name')).toEqual([0, 2]);
  });

  it('gives a cause no step names only the steps for every cause', () => {
    expect(stepsForCause(steps, 'unknown')).toEqual([0]);
  });

  it('an empty cause list on a step means every cause', () => {
    expect(appliesTo([], 'anything')).toBe(true);
    expect(appliesTo(['a'], 'b')).toBe(false);
    expect(appliesTo(['a', 'b'], 'b')).toBe(true);
  });

  it('finds causes no step applies to only when every step names its causes', () => {
    expect(causesWithoutSteps(['bank-card', 'lonely'], steps)).toEqual([]);
    expect(causesWithoutSteps(['bank-card', 'lonely', 'real-name'], steps.slice(1))).toEqual(['lonely']);
  });
});

describe('the data-causes attribute round-trips', () => {
  it('writes ids space-separated, empty for every cause, and reads them back', () => {
    expect(causesAttribute(steps[0])).toBe('');
    expect(causesAttribute(steps[1])).toBe('bank-card not-own-card');
    expect(parseCausesAttribute(causesAttribute(steps[1]))).toEqual(['bank-card', 'not-own-card']);
    expect(parseCausesAttribute('')).toEqual([]);
    expect(parseCausesAttribute(null)).toEqual([]);
    expect(parseCausesAttribute('  a   b ')).toEqual(['a', 'b']);
  });
});

describe('the hash that chooses a cause', () => {
  it('reads #cause-<id> written by causeAnchor', () => {
    expect(causeIdFromHash(`#${causeAnchor('bank-card')}`)).toBe('bank-card');
    expect(causeIdFromHash('cause-x1')).toBe('x1');
  });

  it('ignores every other hash', () => {
    for (const hash of ['', '#', '#steps', '#cause-', '#cause-Bank', '#cause-a--b', '#cause-a b', '#source-x', '#cause-%E9%93%B6']) expect(causeIdFromHash(hash), hash).toBeUndefined();
  });
});

describe('numbered sources', () => {
  it('numbers sources from 1 in list order', () => {
    const numbers = sourceNumbers([{ id: 'refund-api' }, { id: 'pay-score' }]);
    expect(numbers.get('refund-api')).toBe(1);
    expect(numbers.get('pay-score')).toBe(2);
    expect(sourceNumbers(undefined).size).toBe(0);
  });
});
