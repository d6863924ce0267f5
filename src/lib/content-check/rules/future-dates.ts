/** `reviewed` is the day a check happened: never in the future. */
import type { Rule } from '../rule.ts';

export const futureDates: Rule = {
  id: 'future-dates',
  check: ({ pages, today }) =>
    pages.flatMap(({ file, parsed, data }) =>
      data && data.reviewed.getTime() > today.getTime()
        ? [{ file, line: parsed.lineOf(['reviewed']), field: 'reviewed', message: `核实日期 ${data.reviewed.toISOString().slice(0, 10)} 在未来：请填写实际核实内容的日期（今天或更早）` }]
        : [],
    ),
};
