import { describe, expect, it } from 'vitest';
import { readerAliases } from '../../src/lib/aliases.ts';

describe('readerAliases', () => {
  it('keeps the Chinese ways of saying it and drops pinyin and English', () => {
    expect(readerAliases(['提现不了', 'tixian shibai', 'WeChat withdrawal failed', '零钱提不出来'])).toEqual(['提现不了', '零钱提不出来']);
  });
  it('keeps a mixed alias that contains Chinese', () => {
    expect(readerAliases(['提现 0.1%', 'fee'])).toEqual(['提现 0.1%']);
  });
  it('shows at most the limit', () => {
    expect(readerAliases(['一', '二', '三'], 2)).toEqual(['一', '二']);
  });
});
