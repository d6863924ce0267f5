/**
 * Turns zod issues into contributor-facing Chinese messages (in the spirit of Starlight's
 * utils/error-map.ts). Zod's own zh-CN locale covers the generic cases; the cases that
 * contributors actually hit (a missing field, a misspelt field, a wrong type) get a message
 * that says how to fix them.
 */
import { z } from 'astro/zod';
import { nearest } from './suggest.ts';

z.config(z.locales.zhCN());

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段',
  date: '日期',
};

function typeOf(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (input instanceof Date) return '日期';
  return TYPE_NAMES[typeof input] ?? typeof input;
}

export interface IssueMessage {
  path: PropertyKey[];
  message: string;
}

/** Allowed keys of the object at `path` in `schema`, for "did you mean" on unknown fields. */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: Record<string, unknown> }).def;
    if (!def) return [];
    if (def.type === 'optional' || def.type === 'default') current = def.innerType;
    const inner = (current as { def?: Record<string, unknown> }).def!;
    if (inner.type === 'array' && typeof key === 'number') current = inner.element;
    else if (inner.type === 'object') current = (inner.shape as Record<string, unknown>)[String(key)];
    else return [];
    if (!current) return [];
  }
  let def = (current as { def?: Record<string, unknown> }).def;
  while (def && (def.type === 'optional' || def.type === 'default')) {
    current = def.innerType;
    def = (current as { def?: Record<string, unknown> }).def;
  }
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

export function describeIssues(schema: z.ZodType, data: unknown): IssueMessage[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  const messages: IssueMessage[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path;
    const field = String(path.at(-1) ?? '');
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      for (const key of issue.keys) {
        const guess = nearest(key, allowed, 1)[0];
        messages.push({
          path: [...path, key],
          message:
            `未知字段「${key}」` +
            (guess ? `：是不是想写「${guess}」？` : '：请删除它。') +
            (allowed.length ? `可用字段：${allowed.join('、')}` : ''),
        });
      }
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      messages.push({ path, message: `缺少必填字段「${field}」` });
    } else if (issue.code === 'invalid_type' && issue.expected === 'string' && (issue.input instanceof Date || typeof issue.input === 'number' || typeof issue.input === 'boolean')) {
      // YAML reads 2026-11-23, 123 and true as a date, a number, a boolean: the build would refuse them too.
      messages.push({ path, message: `应为文本，但 YAML 把它读成了${typeOf(issue.input)}：请给这个值加上引号，例如 "${issue.input instanceof Date ? issue.input.toISOString().slice(0, 10) : String(issue.input)}"` });
    } else if (issue.code === 'invalid_type' && issue.expected in TYPE_NAMES && !/^(应为|日期|菜单|draft|order)/.test(issue.message)) {
      messages.push({ path, message: `应为${TYPE_NAMES[issue.expected]}，现在是${typeOf(issue.input)}` });
    } else {
      messages.push({ path, message: issue.message });
    }
  }
  return messages;
}
