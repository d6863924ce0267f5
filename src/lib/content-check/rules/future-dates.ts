/** `sourcesChecked` is the day the sources were compared with the text: never in the future. */
import type { Rule } from '../rule.ts';

export const futureDates: Rule = {
  id: 'future-dates',
  check: ({ pages, today }) =>
    pages.flatMap(({ file, parsed, data }) =>
      data?.sourcesChecked && data.sourcesChecked.getTime() > today.getTime()
        ? [{ file, line: parsed.lineOf(['sourcesChecked']), field: 'sourcesChecked', message: `来源核对日期 ${data.sourcesChecked.toISOString().slice(0, 10)} 在未来：请填写实际把来源和正文对照的日期（今天或更早）` }]
        : [],
    ),
};
