import { describe, expect, it } from 'vitest';
import { basisDate, formatMenuPath, menuPathKeysOfPage, reportedNoteDate, resolveMenuPath, type NamedMenuPaths } from '../../src/lib/menu-paths.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const named: NamedMenuPaths = {
  wallet: { steps: ['我', '服务', '钱包'], basis: { kind: 'official', url: 'https://pay.weixin.qq.com/docs/x.html', read: day('2026-12-06') } },
  balance: {
    steps: ['我', '服务', '钱包', '零钱'],
    basis: { kind: 'reported', sources: [{ url: 'https://a.example.com/1', read: day('2026-12-01') }, { url: 'https://b.example.org/2', read: day('2026-12-05') }] },
  },
  bills: { steps: ['我', '服务', '钱包', '账单'], basis: { kind: 'device', wechatVersion: '8.0.55', platform: 'Android 15', date: day('2026-11-30'), checkedBy: 'someone' } },
  bare: { steps: ['我'] },
};

describe('resolveMenuPath', () => {
  it('looks up a named path and says which key and basis it used', () => {
    expect(resolveMenuPath('balance', named)).toEqual({ key: 'balance', segments: ['我', '服务', '钱包', '零钱'], basis: 'reported', basisDate: day('2026-12-05') });
    expect(resolveMenuPath('wallet', named).basis).toBe('official');
    expect(resolveMenuPath('bills', named).basisDate).toEqual(day('2026-11-30'));
  });
  it('returns a copy, so callers cannot change menu-paths.yaml data', () => {
    const resolved = resolveMenuPath('wallet', named);
    resolved.segments.push('x');
    expect(named.wallet.steps).toHaveLength(3);
  });
  it('names the unknown key and the known ones', () => {
    expect(() => resolveMenuPath('walet', named)).toThrow(/“walet”.*balance、bare、bills、wallet/);
  });
  it('does not treat Object.prototype names as keys', () => {
    expect(() => resolveMenuPath('constructor', named)).toThrow(/constructor/);
  });
  it('refuses a path without basis (the schema refuses it first)', () => {
    expect(() => resolveMenuPath('bare', named)).toThrow(/“bare”.*basis/);
  });
  it('formats with › separators', () => {
    expect(formatMenuPath(['我', '服务', '钱包'])).toBe('我 › 服务 › 钱包');
  });
});

describe('basis dates and the reported-path note', () => {
  it('dates a reported path by the latest guide read', () => {
    expect(basisDate(named.balance.basis!)).toEqual(day('2026-12-05'));
  });
  it('asks for the note only when a reported path is shown, dated by the latest one', () => {
    expect(reportedNoteDate([resolveMenuPath('wallet', named), resolveMenuPath('bills', named)])).toBeUndefined();
    expect(reportedNoteDate([resolveMenuPath('wallet', named), resolveMenuPath('balance', named)])).toEqual(day('2026-12-05'));
  });
});

describe('menuPathKeysOfPage', () => {
  it('collects the steps’ keys and the body’s <MenuPath> keys once each', () => {
    const body = '打开 <MenuPath path="wallet" />，再看 <MenuPath path=\'bills\' /> 和 <MenuPath path="wallet"/>。';
    expect(menuPathKeysOfPage([{ path: 'balance' }, {}, { path: 'wallet' }], body)).toEqual(['balance', 'wallet', 'bills']);
    expect(menuPathKeysOfPage([], undefined)).toEqual([]);
  });
});
