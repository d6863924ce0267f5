import { describe, expect, it } from 'vitest';
import { articleDigest, firstSentence, stepLine } from '../../src/lib/search/digest.ts';
import type { NamedMenuPaths } from '../../src/lib/menu-paths.ts';

const read = new Date('2026-12-06T00:00:00Z');
const named: NamedMenuPaths = {
  bills: { steps: ['我', '服务', '钱包', '账单'], basis: { kind: 'device', wechatVersion: '8.0.55', platform: 'iOS 18', date: read, checkedBy: 'someone' } },
  wallet: { steps: ['我', '服务', '钱包'], en: ['Me', 'Services', 'Wallet'], basis: { kind: 'official', url: 'https://pay.weixin.qq.com/docs/x.html', read } },
  balance: { steps: ['我', '服务', '钱包', '零钱'], basis: { kind: 'reported', sources: [{ url: 'https://a.example.com/', read }, { url: 'https://b.example.org/', read }] } },
};

describe('the instant answer\'s digest of an article', () => {
  it('takes the summary\'s first sentence as the one-line answer', () => {
    expect(firstSentence('提现失败，先查银行卡。再看实名信息。第一步：打开零钱明细。')).toBe('提现失败，先查银行卡。');
    expect(firstSentence('先止损！再报警。')).toBe('先止损！');
    // English: a full stop before a capital letter ends the sentence; decimals, abbreviations and hosts do not.
    expect(firstSentence('Your bank declined it. Call the number on the card.')).toBe('Your bank declined it.');
    expect(firstSentence('A fee of 3.5 units applies, e.g. on weixin.qq.com pages. Then check.')).toBe('A fee of 3.5 units applies, e.g. on weixin.qq.com pages.');
    expect(firstSentence('Freeze the account first.')).toBe('Freeze the account first.');
    expect(firstSentence('  能追回吗？要看情况。 ')).toBe('能追回吗？');
  });

  it('does not stop at a full stop inside quotes or brackets', () => {
    expect(firstSentence('页面提示「交易失败。请稍后再试」时，先别重复付款。然后查账单。')).toBe('页面提示「交易失败。请稍后再试」时，先别重复付款。');
    expect(firstSentence('按一般经验（以页面为准。）会退回。后面。')).toBe('按一般经验（以页面为准。）会退回。');
  });

  it('keeps a summary without a full stop whole', () => {
    expect(firstSentence('没有句号的摘要')).toBe('没有句号的摘要');
  });

  it('writes a step with its menu path when an official page or a phone check backs it, and without one', () => {
    expect(stepLine({ title: '打开账单', path: 'bills' }, named)).toBe('打开账单（我 › 服务 › 钱包 › 账单）');
    expect(stepLine({ title: '打开钱包', path: 'wallet' }, named)).toBe('打开钱包（我 › 服务 › 钱包）');
    expect(stepLine({ title: '拨打 110 报警' }, named)).toBe('拨打 110 报警');
    expect(() => stepLine({ title: 'x', path: 'nowhere' }, named)).toThrow(/nowhere/);
  });

  it('writes an English step with the path\'s English labels in half-width brackets', () => {
    expect(stepLine({ title: 'Open Wallet', path: 'wallet' }, named, 'en')).toBe('Open Wallet (Me › Services › Wallet)');
    expect(articleDigest({ summary: 'Check the card first.', steps: [{ title: 'Open Wallet', path: 'wallet' }] }, named, 'en')).toEqual({ answer: 'Check the card first.', firstStep: 'Open Wallet (Me › Services › Wallet)' });
  });

  it('does not state a path from public guides as fact: the step title only', () => {
    expect(stepLine({ title: '打开零钱', path: 'balance' }, named)).toBe('打开零钱');
    expect(articleDigest({ summary: '先看零钱。', steps: [{ title: '打开零钱', path: 'balance' }] }, named)).toEqual({ answer: '先看零钱。', firstStep: '打开零钱' });
  });

  it('digests an article into its answer and its first step', () => {
    const article = { summary: '先冻结。再报警。', steps: [{ title: '冻结账号', path: 'bills' }, { title: '报警' }] };
    expect(articleDigest(article, named)).toEqual({ answer: '先冻结。', firstStep: '冻结账号（我 › 服务 › 钱包 › 账单）' });
    expect(articleDigest({ summary: '只有摘要。', steps: [] }, named)).toEqual({ answer: '只有摘要。' });
  });
});
