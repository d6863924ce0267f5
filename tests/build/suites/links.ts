import { describe, expect, it } from 'vitest';
import { checkLinks, formatProblems, unreachablePages } from '../../../scripts/lib/link-check.ts';
import { SITE } from '../../../src/site.config.ts';
import type { BuiltSite } from '../site.ts';

export function linkSuite(site: BuiltSite) {
  const pages = site.pages();

  describe(`links in the build (${site.name})`, () => {
    it('every internal link, asset and #anchor resolves to a file in the build', () => {
      const problems = checkLinks(pages, site.files(), { siteOrigin: SITE.url });
      expect(problems, `坏链接：\n${formatProblems(problems)}`).toEqual([]);
    });

    it('every page (except 404) is reachable from the home page within 3 clicks', () => {
      const far = unreachablePages(pages, 3, { siteOrigin: SITE.url });
      const list = far.map(({ page, depth }) => `${page}: ${depth === null ? '从首页到不了（孤立页面）' : `需要点 ${depth} 次`}`).join('\n');
      expect(far, `离首页太远的页面：\n${list}`).toEqual([]);
    });

    it('checks a real number of pages', () => {
      expect(pages.size).toBeGreaterThan(5);
    });
  });
}
