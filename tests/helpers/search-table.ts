/** A small symptom table shared by the search unit tests (match, rerank, run). */
import type { SymptomTerms } from '../../src/lib/search/match.ts';
import { symptomTable } from '../../src/lib/symptom-table.ts';

export const table: SymptomTerms[] = symptomTable([
  { id: 'withdrawal-failed', label: '零钱提现失败', description: '提现时提示失败或被退回。', aliases: ['提现不了', 'tixian shibai', 'WeChat withdrawal failed'] },
  { id: 'withdrawal-fee', label: '提现手续费', description: '提现被收了服务费。', aliases: ['提现要手续费吗', 'shouxufei', 'withdrawal fee'] },
  { id: 'balance-negative', label: '零钱变成负数', description: '零钱余额前面出现负号。', aliases: ['余额是负的', 'lingqian fushu', 'negative balance'] },
  { id: 'balance-inaccurate', label: '零钱余额数额不对', description: '余额比你算的少。', aliases: ['零钱少了', '余额不对', 'balance wrong'] },
  { id: 'fenfu-unavailable', label: '分付用不了', description: '分付入口不见了。', aliases: ['分付不能用了', 'fenfu', 'WeChat Pay later not working'] },
]);
