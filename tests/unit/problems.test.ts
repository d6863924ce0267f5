import { describe, expect, it } from 'vitest';
import { formatGithubAnnotation } from '../../src/lib/content-check/problems.ts';

describe('formatGithubAnnotation', () => {
  it('prints a problem as a GitHub error annotation on its file and line, titled with the field', () => {
    expect(formatGithubAnnotation({ file: 'content/articles/a.mdx', line: 7, field: 'steps.2.path', message: '未知的菜单路径「x」' })).toBe(
      '::error file=content/articles/a.mdx,line=7,title=steps.2.path::未知的菜单路径「x」',
    );
  });

  it('escapes %, CR and LF in the message, and also : and , in properties, so nothing breaks the command', () => {
    const line = formatGithubAnnotation({ file: 'content/a,b:c%.mdx', line: 1, field: 'x,y:z', message: '100% 错\r\n第二行: a,b' });
    expect(line).toBe('::error file=content/a%2Cb%3Ac%25.mdx,line=1,title=x%2Cy%3Az::100%25 错%0D%0A第二行: a,b');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('titles a whole-file problem with -', () => {
    expect(formatGithubAnnotation({ file: 'content/faq/q.mdx', line: 1, field: '', message: 'm' })).toBe('::error file=content/faq/q.mdx,line=1,title=-::m');
  });
});
