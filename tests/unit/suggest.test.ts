import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/edit-distance.ts';
import { nearest } from '../../src/lib/content-check/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('compares code points and gives up beyond the limit', () => {
    expect(editDistance(['提', '现', '不', '了'], '提线不了', 1)).toBe(1);
    expect(editDistance('分付不了', '提现不了', 1)).toBe(Infinity);
    expect(editDistance('分付不了', '提现不了')).toBe(2);
  });
});

describe('nearest', () => {
  const symptoms = ['withdrawal-failed', 'withdrawal-fee', 'balance-zero', 'fenfu-unavailable'];
  it('suggests the ids a contributor most likely meant', () => {
    expect(nearest('withdraw-fail', symptoms)[0]).toBe('withdrawal-failed');
    expect(nearest('balance-0', symptoms)).toContain('balance-zero');
    expect(nearest('fenfu', symptoms)).toEqual(['fenfu-unavailable']);
  });
  it('suggests nothing for an unrelated word', () => {
    expect(nearest('xyz', symptoms)).toEqual([]);
  });
});
