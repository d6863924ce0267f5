import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../../src/lib/dates.ts';
import { menuPathKeysOfPage, resolveMenuPath } from '../../../src/lib/menu-paths.ts';
import { SITE } from '../../../src/site.config.ts';
import { jsonLdOf } from '../../helpers/json-ld.ts';
import { strings } from '../../../src/i18n/strings.ts';
import { siteLinkRuns } from '../../../src/lib/inline-links.ts';
import { asDate, type BuiltSite } from '../site.ts';

/** A detail as the page shows it: a link's text without its Markdown brackets and target. */
const shownText = (detail: string) => siteLinkRuns(detail).map((run) => run.text).join('');

const CHECK_ORDER = { first: '先查', next: '再查', last: '最后查' } as const;
export function articleSuite(site: BuiltSite) {
  const named = site.menuPaths();

  describe.each(site.articles())(`article page /articles/$slug/ (${site.name})`, ({ slug, data, body }) => {
    const $ = cheerio.load(site.read(`articles/${slug}/index.html`));
    const main = $('main#main');

    it('leads with the title and the short answer', () => {
      expect(main.find('h1').text()).toBe(data.title);
      expect(main.find('#answer').text()).toBe('简短回答');
      expect(main.text()).toContain(data.summary);
    });

    it('lists every cause with a worded check-order badge (not colour alone) at #cause-<id>', () => {
      const items = main.find('ul.causes > li');
      expect(items).toHaveLength(data.causes.length);
      data.causes.forEach((cause, i) => {
        const item = items.eq(i);
        expect(item.attr('id')).toBe(`cause-${cause.id}`);
        expect(item.find('.badge').text()).toBe(CHECK_ORDER[cause.check]);
        expect(item.text()).toContain(cause.title);
        expect(item.text()).toContain(shownText(cause.detail));
      });
    });

    it('asks 你遇到的是哪种情况？ right under the short answer, one link per cause worded as its signs', () => {
      const chooser = main.find('[data-troubleshooter]');
      expect(chooser).toHaveLength(1);
      expect(chooser.find('h2').text()).toBe('你遇到的是哪种情况？');
      // Right under the short answer: the answer box is the chooser's previous sibling.
      expect(chooser.prev().find('#answer')).toHaveLength(1);
      const links = chooser.find('a[data-choice]');
      expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(data.causes.map((c) => `#cause-${c.id}`));
      data.causes.forEach((cause, i) => {
        expect(links.eq(i).find('span').map((_, el) => $(el).text()).get()).toEqual(cause.signs ?? [cause.title]);
      });
      // 「都不是」 leads on to every step (and the contact article), not back to the causes just ruled out.
      const none = chooser.find('[data-none-apply]');
      expect(none.text()).toMatch(/^都不是/);
      expect(none.find('a[href="#causes"]')).toHaveLength(0);
      expect(none.find('a[href="#steps"]').text()).toBe(`按全部 ${data.steps.length} 步逐一排查`);
      if (slug !== 'contact-official-support' && site.articles().some((a) => a.slug === 'contact-official-support'))
        expect(none.find('a[href="/articles/contact-official-support/"]')).toHaveLength(1);
    });

    it('says in the short answer how many steps there are, with a link to them', () => {
      const count = main.find('#answer').parent().find('[data-step-count]');
      expect(count.find('span').text()).toBe(`共 ${data.steps.length} 步`);
      expect(count.find('a[href="#steps"]')).toHaveLength(1);
      expect(main.find('h2#steps')).toHaveLength(1);
    });

    it('gives causes and steps a heading outline: H2 sections, an H3 per cause and per step, no level skipped', () => {
      const causes = main.find('ul.causes > li');
      data.causes.forEach((cause, i) => expect(causes.eq(i).children('h3').text()).toBe(`${CHECK_ORDER[cause.check]}${cause.title}`));
      const steps = main.find('ol.steps > li');
      data.steps.forEach((step, i) => expect(steps.eq(i).children('h3').find('label').text()).toBe(step.title));
      const levels = main.find('h1, h2, h3, h4, h5, h6').map((_, el) => Number(el.tagName.slice(1))).get();
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `第 ${i + 1} 个标题跳级：h${levels[i - 1]} 之后是 h${level}`).toBeLessThanOrEqual(levels[i - 1] + 1);
      });
      // The causes' and the steps' H3s sit under their own H2.
      expect(main.find('h2#causes').nextAll('ul.causes')).toHaveLength(1);
      expect(main.find('h2#steps').nextAll('ol.steps')).toHaveLength(1);
    });

    it('puts the 「只显示适用的几步」 notice above the steps, not below them', () => {
      const filter = main.find('[data-steps-filter]');
      expect(filter).toHaveLength(1);
      expect(filter.next().is('ol.steps')).toBe(true);
    });

    it('shows the signs once, in the chooser, where search indexes them', () => {
      const chooser = main.find('[data-troubleshooter]');
      expect(chooser.closest('[data-pagefind-ignore]')).toHaveLength(0);
      expect(chooser.is('[data-pagefind-ignore]')).toBe(false);
      const causeText = main.find('ul.causes').text();
      for (const cause of data.causes) for (const sign of cause.signs ?? []) if (!cause.detail.includes(sign) && !cause.title.includes(sign)) expect(causeText).not.toContain(sign);
    });

    it('renders the steps as a checklist that works without JavaScript', () => {
      const items = main.find('ol.steps > li');
      expect(items).toHaveLength(data.steps.length);
      data.steps.forEach((step, i) => {
        const item = items.eq(i);
        expect(item.attr('value')).toBe(String(i + 1));
        expect(item.attr('data-causes')).toBe((step.for ?? []).join(' '));
        const box = item.find('label > input[type="checkbox"]');
        expect(box.attr('data-step-id')).toBe(`${slug}:${i}`);
        // Until the script enables them, the boxes are neither visible nor usable.
        expect(box.is('[hidden][disabled]')).toBe(true);
        expect(item.find('label').text()).toContain(step.title);
        expect(item.text()).toContain(shownText(step.detail));
        if (step.expect) expect(item.find('.expect').text()).toBe(`成功的样子：${step.expect}`);
        else expect(item.find('.expect')).toHaveLength(0);
        const chip = item.find('[data-menu-path]');
        if (step.path) {
          const resolved = resolveMenuPath(step.path, named.paths);
          const segments = chip.children('span:not(.sep)').map((_, el) => $(el).text()).get();
          expect(segments).toEqual(resolved.segments);
          // Each rendered path names its key and what it rests on, with the basis date in its title.
          expect(chip.attr('data-menu-path')).toBe(step.path);
          expect(chip.attr('data-path-basis')).toBe(resolved.basis);
          expect(chip.attr('title')).toMatch(/^依据：/);
          expect(chip.attr('data-basis-date')).toBe(resolved.basisDate.toISOString().slice(0, 10));
          // A label with a comma in it is a YAML list whose commas were made full-width: [我，服务] is one item.
          expect(segments.filter((label) => /[，,、]/.test(label)), `步骤 ${i + 1} 的菜单路径`).toEqual([]);
        } else {
          expect(chip).toHaveLength(0);
        }
      });
      expect($('script').text() + $('script[src]').map((_, el) => $(el).attr('src')).get().join(' ')).toMatch(/kb-steps:|\/_astro\//);
    });

    it('marks every menu path with its basis, and shows the note exactly when one is reported', () => {
      const shown = menuPathKeysOfPage(data.steps, body).map((key) => resolveMenuPath(key, named.paths));
      const chips = main.find('[data-menu-path]');
      chips.each((_, el) => expect(['official', 'device', 'reported']).toContain($(el).attr('data-path-basis')));
      const note = main.find('[data-path-note]');
      if (shown.some((p) => p.basis === 'reported')) {
        expect(note).toHaveLength(1);
        expect(note.text()).toContain(strings('zh').reportedPathNote);
        expect(note.find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else expect(note).toHaveLength(0);
    });

    it('lists sources as numbered external links with their domain, or says no official source was found', () => {
      const section = main.find('[data-sources]');
      const links = section.find('ol.sources > li');
      const sources = data.sources ?? [];
      expect(links).toHaveLength(sources.length);
      sources.forEach((source, i) => {
        const a = links.eq(i).find('a');
        expect(links.eq(i).attr('id')).toBe(`source-${source.id}`);
        expect(a.attr('href')).toBe(source.url);
        expect(a.attr('href')).toMatch(/^https:\/\//);
        expect(a.attr('rel')).toContain('noopener');
        expect(links.eq(i).find('.domain').text()).toContain(new URL(source.url).hostname);
      });
      const notice = main.find('[data-no-official-source]');
      if (sources.length) {
        expect(section).toHaveLength(1);
        expect(notice).toHaveLength(0);
      } else {
        expect(section).toHaveLength(0);
        expect(notice.text()).toContain('暂未找到微信支付对此的官方说明，以下是常见情况和通用做法');
      }
    });

    it('marks a cause or step that cites a source with a numbered reference to it', () => {
      const number = new Map((data.sources ?? []).map((s, i) => [s.id, i + 1]));
      const refsOf = (item: ReturnType<typeof $>) => item.find('sup.ref a').map((_, a) => `${$(a).attr('href')} ${$(a).attr('aria-label')} ${$(a).text()}`).get();
      const expected = (ids: string[] = []) => ids.map((id) => `#source-${id} 来源 ${number.get(id)} [${number.get(id)}]`);
      data.causes.forEach((cause, i) => expect(refsOf(main.find('ul.causes > li').eq(i))).toEqual(expected(cause.sources)));
      data.steps.forEach((step, i) => expect(refsOf(main.find('ol.steps > li').eq(i))).toEqual(expected(step.sources)));
    });

    it('renders links written in a cause or step detail as links, never as raw Markdown', () => {
      expect(main.text()).not.toMatch(/\]\(\/[^)]*\)/);
      const detailLinks = (details: string[]) => details.flatMap((d) => siteLinkRuns(d).flatMap((run) => (run.href ? [run.href] : [])));
      const linksIn = (items: ReturnType<typeof $>) => items.find('p > a:not(sup a)').map((_, a) => $(a).attr('href')).get();
      expect(linksIn(main.find('ul.causes > li'))).toEqual(expect.arrayContaining(detailLinks(data.causes.map((c) => c.detail))));
      expect(linksIn(main.find('ol.steps > li'))).toEqual(expect.arrayContaining(detailLinks(data.steps.map((s) => s.detail))));
    });

    it('shows the sources-checked date only when the page cites sources, and the stale notice keys on it', () => {
      const checked = $('time[data-sources-checked]');
      if (data.sourcesChecked) {
        expect(checked.attr('datetime')).toBe(asDate(data.sourcesChecked).toISOString().slice(0, 10));
        expect(checked.parent().text()).toContain('来源核对于');
        expect($('[data-stale-notice]').length).toBe(isStale(asDate(data.sourcesChecked), new Date(), SITE.staleAfterDays) ? 1 : 0);
      } else {
        expect(checked).toHaveLength(0);
        expect($('[data-stale-notice]')).toHaveLength(0);
        expect($('[data-no-official-source]')).toHaveLength(1);
      }
    });

    it('offers edit and report links with the page URL', () => {
      expect($('a[data-edit-link]').attr('href')).toBe(`${SITE.repository}/edit/${SITE.branch}/content/articles/${slug}.mdx`);
      const report = new URL($('a[data-report-link]').attr('href') ?? '');
      expect(`${report.origin}${report.pathname}`).toBe(`${SITE.repository}/issues/new`);
      expect(report.searchParams.get('title')).toContain(data.title);
      expect(report.searchParams.get('body')).toContain(`${SITE.url.replace(/\/$/, '')}/articles/${slug}/`);
    });

    it('has a 还没解决？ section and breadcrumbs back to home and category', () => {
      expect($('#not-solved').text()).toBe('还没解决？');
      const crumbs = $('nav.crumbs a').map((_, el) => $(el).attr('href')).get();
      expect(crumbs).toEqual(['/', `/categories/${data.category}/`]);
    });

    it('carries Article and BreadcrumbList JSON-LD that parses', () => {
      const ld = jsonLdOf($);
      expect(ld.map((x) => x['@type']).sort()).toEqual(['Article', 'BreadcrumbList']);
      expect(ld.find((x) => x['@type'] === 'Article')).toHaveProperty('headline', data.title);
    });

    it('is indexed for search with its category and symptoms', () => {
      expect($('main[data-pagefind-body]')).toHaveLength(1);
      expect($('main [data-search-terms]')).toHaveLength(1);
    });
  });
}
