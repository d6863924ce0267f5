import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { FIXTURE_TODAY, materialise } from '../helpers/content-fixtures.ts';

it('accepts an article that uses every allowed MDX feature', () => {
  const { root, cleanup } = materialise();
  try {
    const file = join(root, 'content/articles/ok-article.mdx');
    const source = readFileSync(file, 'utf8');
    const frontmatter = source.slice(0, source.indexOf('\n---\n') + 5);
    const body = [
      '',
      '提现失败时先别着急。打开 <MenuPath path="balance" />，或者 <MenuPath path="bank-cards" />。',
      '',
      '<Callout type="danger" title="防骗提醒">',
      '',
      '客服不会索要验证码。更多说明见 [手续费问答](/faq/ok-faq/) 和 [官方说明](https://kf.qq.com/)。',
      '',
      '</Callout>',
      '',
      '![零钱页面截图](/images/balance.png)',
      '',
      '按 <kbd>确定</kbd> 后等待结果。{/* 维护者备注 */}',
      '',
      '| 情况 | 怎么办 |',
      '| --- | --- |',
      '| 提现失败 | 看失败提示 |',
      '',
    ].join('\n');
    writeFileSync(file, frontmatter + body);
    // The image exists, as a real PNG under public/images/ (a missing or non-image file is refused).
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/balance.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(checkContent(root, { today: FIXTURE_TODAY }).problems.map(formatProblem)).toEqual([]);
  } finally {
    cleanup();
  }
});
