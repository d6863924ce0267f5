import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/dist.ts';
import type { BuiltSite } from '../site.ts';

// The repository's .htmlvalidate.json, loaded explicitly so a build outside the checkout is checked the same way.
const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });

export function htmlValidateSuite(site: BuiltSite) {
  describe(`HTML validation (html-validate, .htmlvalidate.json, ${site.name})`, () => {
    for (const [file, html] of site.pages()) {
      it(file, async () => {
        const report = await validator.validateString(html, file);
        const messages = report.results.flatMap((r) => r.messages).map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        expect(messages).toEqual([]);
      });
    }
  });
}
