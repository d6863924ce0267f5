/** A published page must not still carry the `npm run new` template's placeholder sentences (../skeleton.ts). */
import { PLACEHOLDER } from '../skeleton.ts';
import { stringsIn } from '../typography.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const placeholders: Rule = {
  id: 'placeholders',
  check({ pages }) {
    const findings: Finding[] = [];
    const message = `还有模板里的占位文字${PLACEHOLDER}：换成真实内容后再发布（没写完就保留 draft: true）`;
    for (const { file, parsed, data } of pages) {
      if (!data || data.draft) continue;
      for (const { path, text } of stringsIn(parsed.data)) if (text.includes(PLACEHOLDER)) findings.push({ file, line: parsed.lineOf(path), field: path.join('.'), message });
      parsed.body.split('\n').forEach((line, index) => {
        if (line.includes(PLACEHOLDER)) findings.push({ file, line: parsed.bodyStartLine + index, field: '正文', message });
      });
    }
    return findings;
  },
};
