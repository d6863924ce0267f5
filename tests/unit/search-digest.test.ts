import { describe, expect, it } from 'vitest';
import { articleDigest, firstSentence, stepLine } from '../../src/lib/search/digest.ts';

const named = { bills: ['我', '服务', '钱包', '账单'] };

describe('the instant answer\'s digest of an article', () => {
  it('takes the summary\'s first sentence as the one-line answer', () => {
    expect(firstSentence('提现失败，先查银行卡。再看实名信息。第一步：打开零钱明细。')).toBe('提现失败，先查银行卡。');
    expect(firstSentence('先止损！再报警。')).toBe('先止损！');
    expect(firstSentence('  能追回吗？要看情况。 ')).toBe('能追回吗？');
  });

  it('does not stop at a full stop inside quotes or brackets', () => {
    expect(firstSentence('页面提示「交易失败。请稍后再试」时，先别重复付款。然后查账单。')).toBe('页面提示「交易失败。请稍后再试」时，先别重复付款。');
    expect(firstSentence('按一般经验（以页面为准。）会退回。后面。')).toBe('按一般经验（以页面为准。）会退回。');
  });

  it('keeps a summary without a full stop whole', () => {
    expect(firstSentence('没有句号的摘要')).toBe('没有句号的摘要');
  });

  it('writes a step with its menu path, from a named path or a list, and without one', () => {
    expect(stepLine({ title: '打开账单', path: 'bills' }, named)).toBe('打开账单（我 › 服务 › 钱包 › 账单）');
    expect(stepLine({ title: '打开零钱明细', path: ['我', '服务', '钱包', '零钱', '零钱明细'] }, named)).toBe('打开零钱明细（我 › 服务 › 钱包 › 零钱 › 零钱明细）');
    expect(stepLine({ title: '拨打 110 报警' }, named)).toBe('拨打 110 报警');
    expect(() => stepLine({ title: 'x', path: 'nowhere' }, named)).toThrow(/nowhere/);
  });

  it('digests an article into its answer and its first step', () => {
    const article = { summary: '先冻结。再报警。', steps: [{ title: '冻结账号', path: 'bills' }, { title: '报警' }] };
    expect(articleDigest(article, named)).toEqual({ answer: '先冻结。', firstStep: '冻结账号（我 › 服务 › 钱包 › 账单）' });
    expect(articleDigest({ summary: '只有摘要。', steps: [] }, named)).toEqual({ answer: '只有摘要。' });
  });
});
