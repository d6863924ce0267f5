import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE } from './content-fixtures.ts';

/** The valid base article with another title (no duplicate) and the given body, or with a frontmatter edit. */
export function generatedArticle(body: string, editFrontmatter: (frontmatter: string) => string = (f) => f): string {
  const source = readFileSync(join(BASE, 'content/articles/ok-article.mdx'), 'utf8');
  const end = source.indexOf('\n---\n') + 5;
  const frontmatter = source.slice(0, end).replace('title: 零钱提现失败怎么办', 'title: 生成的测试文章');
  return editFrontmatter(frontmatter) + '\n' + body;
}

/** The file line of the first body line of generatedArticle() (frontmatter, fence, one blank line). */
export function bodyLine(source: string): number {
  return source.slice(0, source.indexOf('\n---\n') + 5).split('\n').length + 1;
}
