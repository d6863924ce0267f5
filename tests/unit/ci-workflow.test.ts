import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Pull-request builds run contributed MDX: they must hold nothing worth stealing (CONTRIBUTING.md).
it('CI builds pull requests read-only, without secrets or persisted credentials', () => {
  const source = readFileSync(join(import.meta.dirname, '..', '..', '.github', 'workflows', 'ci.yml'), 'utf8');
  const workflow = source.replace(/^\s*#.*$/gm, ''); // comments may name what is forbidden
  expect(workflow).toMatch(/^permissions:\n {2}contents: read\n/m);
  expect(workflow).not.toMatch(/pull_request_target|secrets\.|write-all|: write\b/);
  expect(workflow).toContain('persist-credentials: false');
});
