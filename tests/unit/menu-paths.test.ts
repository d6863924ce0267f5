import { describe, expect, it } from 'vitest';
import { formatMenuPath, resolveMenuPath } from '../../src/lib/menu-paths.ts';

const named = { wallet: ['我', '服务', '钱包'], balance: ['我', '服务', '钱包', '零钱'] };

describe('resolveMenuPath', () => {
  it('passes a written-out path through', () => {
    expect(resolveMenuPath(['我', '设置'], named)).toEqual({ segments: ['我', '设置'] });
  });
  it('looks up a named path and says which key it used', () => {
    expect(resolveMenuPath('balance', named)).toEqual({ segments: ['我', '服务', '钱包', '零钱'], key: 'balance' });
  });
  it('returns a copy, so callers cannot change menu-paths.yaml data', () => {
    const resolved = resolveMenuPath('wallet', named);
    resolved.segments.push('x');
    expect(named.wallet).toHaveLength(3);
  });
  it('names the unknown key and the known ones', () => {
    expect(() => resolveMenuPath('walet', named)).toThrow(/“walet”.*balance、wallet/);
  });
  it('does not treat Object.prototype names as keys', () => {
    expect(() => resolveMenuPath('constructor', named)).toThrow(/constructor/);
  });
  it('formats with › separators', () => {
    expect(formatMenuPath(['我', '服务', '钱包'])).toBe('我 › 服务 › 钱包');
  });
});
