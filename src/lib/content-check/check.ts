/**
 * The content check: reads every content file and reports every problem in one run.
 * Pure apart from reading files under `root`; `today` is injectable for tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import {
  allowedHostsFileSchema,
  articleSchema,
  categoriesFileSchema,
  faqSchema,
  ID_PATTERN,
  menuPathsFileSchema,
  sourcesLockFileSchema,
  searchSynonymsFileSchema,
  symptomsFileSchema,
  type Article,
  type Category,
  type Faq,
  type MenuPaths,
  type Symptom,
} from '../../schemas/content.ts';
import { parseMdxFile, parseYamlWithLines, type ParsedFile } from './frontmatter.ts';
import { sortProblems, type Problem } from './problems.ts';
import { domesticSourcesRule } from './rules/domestic-sources.ts';

/** content/sources.lock.yaml (scripts/lib/source-lock.ts writes it). */
const SOURCES_LOCK_FILE = 'sources.lock.yaml';
import { describeUnknown } from './suggest.ts';
import { MACHINE_KEYS, describeFinding, lintMarkdown, lintText, stringsIn, useTypographyConfig } from './typography.ts';
import { describeQuoteFinding, lintQuotesInMarkdown, lintQuotesInText } from './quotes.ts';
import { describeIssues } from './zod-issues.ts';
import { describeUnsourced, firstQuantity, isSourced } from './sourced-numbers.ts';
import { analyzeBody, type BodyAnalysis } from './mdx-safety.ts';
import { ALLOWED_HOSTS_FILE, externalUrlProblem, loadAllowedHosts, type AllowedHost } from './link-policy.ts';
import { readContentFile } from './content-files.ts';
import { checkPublicFiles } from './public-files.ts';
import { forbiddenInLine, forbiddenInValue, forbiddenMessage, isForbiddenMessage } from './characters.ts';
import { titleKey } from './titles.ts';
import { checkSourceLimits, MAX_DATA_FILE_BYTES, MAX_DATA_STRING_CHARS } from './limits.ts';
import { checkCauses, duplicateIds, sourceReferences } from './causes-and-sources.ts';
import { PLACEHOLDER } from './skeleton.ts';
import { synonymProblems } from '../search/synonyms.ts';

export interface CheckOptions {
  /** Report only problems in these files (paths relative to root or absolute). All files are still read for references. */
  files?: string[];
  /** "Today" for the future-date check; defaults to the current date. */
  today?: Date;
  /** Skip the typography lint (used by tests that target one other rule). */
  typography?: boolean;
}

export interface PageEntry<T> {
  kind: 'article' | 'faq';
  slug: string;
  file: string;
  parsed: ParsedFile;
  /** Set only when the frontmatter passed the schema. */
  data?: T;
  /** The body checked with the build's parser: safety findings and links to site pages. */
  analysis?: BodyAnalysis;
}

export interface CheckResult {
  problems: Problem[];
  counts: { categories: number; symptoms: number; articles: number; faqs: number; drafts: number };
}

/** A data file (categories.yaml …) as problems point into it: its path and the line of a field path. */
interface DataFileLocation {
  file: string;
  lineOf: ParsedFile['lineOf'];
}

export const CONTENT_DIR = 'content';
/** The search's synonym table, under CONTENT_DIR. */
export const SYNONYMS_FILE = 'search-synonyms.yaml';
const COLLECTIONS = { article: 'articles', faq: 'faq' } as const;

export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const contentDir = join(root, CONTENT_DIR);
  const today = options.today ?? new Date();
  useTypographyConfig(root);

  const only = options.files?.map((f) => (f.startsWith(root) ? rel(f) : f.split(sep).join('/').replace(/^\.\//, '')));
  // Body checks (MDX safety, typography) look at one file at a time: with --files, skip the others.
  const bodyChecked = (file: string) => !only || only.includes(file);

  // ---- Data files -------------------------------------------------------------------------
  // Every YAML file under content/: read safely, each raw line and each decoded string held to the
  // character rule (characters.ts), then its schema (field lengths, list counts) when it has one.
  const loadYaml = <S extends z.ZodType>(name: string, schema?: S): DataFileLocation & { data?: z.infer<S>; raw?: unknown } => {
    const path = join(contentDir, name);
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, line: 1, field: '-', message: `缺少文件 ${file}` });
      return { file, lineOf: () => 1 };
    }
    const loaded = readContentFile(path);
    if ('problem' in loaded) {
      problems.push({ file, line: loaded.line, field: '-', message: loaded.problem.replace('内容目录里只能放 .mdx 文本文件', '数据文件必须是 YAML 文本文件') });
      return { file, lineOf: () => 1 };
    }
    const bytes = Buffer.byteLength(loaded.source, 'utf8');
    if (bytes > MAX_DATA_FILE_BYTES) {
      problems.push({ file, line: 1, field: '-', message: `数据文件太大（${Math.ceil(bytes / 1024)} KB，上限 ${MAX_DATA_FILE_BYTES / 1024} KB）：每一项只写需要的内容` });
      return { file, lineOf: () => 1 };
    }
    // Raw lines: comments included. A character found here is not reported again for its field.
    const rawCharacterLines = new Set<number>();
    loaded.source.split('\n').forEach((text, index) => {
      const char = forbiddenInLine(index === 0 ? text.replace(/^\ufeff/, '') : text);
      if (!char) return;
      rawCharacterLines.add(index + 1);
      problems.push({ file, line: index + 1, field: '-', message: `这一行${forbiddenMessage(char)}` });
    });
    const parsed = parseYamlWithLines(loaded.source);
    for (const error of parsed.yamlErrors) problems.push({ file, line: error.line, field: '-', message: error.message });
    if (parsed.yamlErrors.length) return { file, lineOf: parsed.lineOf };
    // Decoded values ("\u202e", "\x1b" in quotes) and, for files without a schema, a length limit.
    const valueIssues: Array<{ path: PropertyKey[]; message: string }> = [];
    for (const { path: fieldPath, text } of stringsIn(parsed.data)) {
      const char = forbiddenInValue(text);
      if (char) valueIssues.push({ path: fieldPath, message: forbiddenMessage(char) });
      else if (!schema && [...text].length > MAX_DATA_STRING_CHARS)
        valueIssues.push({ path: fieldPath, message: `文字太长（${[...text].length} 个字，上限 ${MAX_DATA_STRING_CHARS}）：数据文件里每一项只写需要的内容` });
    }
    const issues = schema ? describeIssues(schema, parsed.data) : [];
    const reportedAt = new Set<string>();
    for (const issue of [...valueIssues, ...issues]) {
      const line = parsed.lineOf(issue.path);
      const field = issue.path.join('.') || '-';
      // One report per place: the raw line, the decoded value and the schema all know a bad character.
      const key = `${line}:${field}:${issue.message}`;
      if (reportedAt.has(key) || (rawCharacterLines.has(line) && isForbiddenMessage(issue.message))) continue;
      reportedAt.add(key);
      problems.push({ file, line, field, message: issue.message });
    }
    return { data: schema && !issues.length && !valueIssues.length ? schema.parse(parsed.data) : undefined, raw: parsed.data, lineOf: parsed.lineOf, file };
  };

  const categoriesFile = loadYaml('categories.yaml', categoriesFileSchema);
  const symptomsFile = loadYaml('symptoms.yaml', symptomsFileSchema);
  const menuFile = loadYaml('menu-paths.yaml', menuPathsFileSchema);
  // The search's synonym table is optional (a content tree without it searches without synonyms).
  const synonymsFile = existsSync(join(contentDir, SYNONYMS_FILE)) ? loadYaml(SYNONYMS_FILE, searchSynonymsFileSchema) : undefined;
  for (const problem of synonymsFile?.data ? synonymProblems(synonymsFile.data) : [])
    problems.push({ file: synonymsFile!.file, line: synonymsFile!.lineOf(problem.path), field: problem.path.join('.'), message: problem.message });
  let allowedHosts: AllowedHost[] = [];
  if (existsSync(join(contentDir, 'allowed-hosts.yaml'))) {
    const hostsFile = loadYaml('allowed-hosts.yaml', allowedHostsFileSchema);
    // A bad entry is reported and left out; the rest of the list still applies.
    const entries = Array.isArray(hostsFile.raw) ? hostsFile.raw : [];
    const seen = new Map<string, number>();
    entries.forEach((entry: unknown, index) => {
      const result = allowedHostsFileSchema.element.safeParse(entry);
      if (!result.success) return;
      if (seen.has(result.data.host))
        problems.push({ file: hostsFile.file, line: hostsFile.lineOf([index, 'host']), field: `${index}.host`, message: `${result.data.host} 写了两次（第 ${seen.get(result.data.host)! + 1} 项已经有了）：删掉重复的一项` });
      else {
        seen.set(result.data.host, index);
        allowedHosts.push(result.data);
      }
    });
  } else {
    try {
      allowedHosts = loadAllowedHosts(root);
    } catch (error) {
      problems.push({ file: ALLOWED_HOSTS_FILE, line: 1, field: '-', message: (error as Error).message });
    }
  }
  // The source lock (npm run check:sources writes it) is checked against its schema when present.
  if (existsSync(join(contentDir, SOURCES_LOCK_FILE))) loadYaml(SOURCES_LOCK_FILE, sourcesLockFileSchema);
  const KNOWN_DATA_FILES = new Set(['categories.yaml', 'symptoms.yaml', 'menu-paths.yaml', 'allowed-hosts.yaml', SOURCES_LOCK_FILE]);
  if (existsSync(contentDir))
    for (const name of readdirSync(contentDir).sort())
      if (/\.ya?ml$/i.test(name) && !KNOWN_DATA_FILES.has(name)) loadYaml(name);

  // ---- public/: files served from the site's origin as they are ---------------------------
  const publicFiles = checkPublicFiles(root);
  for (const finding of publicFiles.findings) problems.push({ file: finding.file, line: 1, field: '-', message: finding.message });

  const categories: Category[] = categoriesFile.data ?? [];
  const symptoms: Symptom[] = symptomsFile.data ?? [];
  const menuPaths: MenuPaths['paths'] = menuFile.data?.paths ?? {};

  const reportDuplicateIds = (items: Array<{ id: string }>, source: DataFileLocation, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      if (seen.has(item.id))
        problems.push({ file: source.file, line: source.lineOf([index, 'id']), field: `${index}.id`, message: `${what} id「${item.id}」重复（第 ${seen.get(item.id)! + 1} 项已经用过）：每个 id 只能出现一次` });
      else seen.set(item.id, index);
    });
  };
  reportDuplicateIds(categories, categoriesFile, '分类');
  reportDuplicateIds(symptoms, symptomsFile, '症状');

  const categoryIds = new Set(categories.map((c) => c.id));
  const symptomIds = new Set(symptoms.map((s) => s.id));

  // Checked whether or not categories parsed: a misspelt category in symptoms.yaml still surfaces.
  if (categoriesFile.data) {
    symptoms.forEach((symptom, index) => {
      if (!categoryIds.has(symptom.category))
        problems.push({ file: symptomsFile.file, line: symptomsFile.lineOf([index, 'category']), field: `${index}.category`, message: describeUnknown('分类', symptom.category, categoryIds) });
    });
  }

  // ---- Pages ------------------------------------------------------------------------------
  const pages: Array<PageEntry<Article> | PageEntry<Faq>> = [];
  for (const [kind, dirName] of Object.entries(COLLECTIONS) as Array<['article' | 'faq', string]>) {
    const dir = join(contentDir, dirName);
    if (!existsSync(dir)) continue;
    const slugsSeen = new Map<string, string>();
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = entry.name;
      const path = join(dir, name);
      const file = rel(path);
      if (name.startsWith('.')) {
        // The build's glob skips hidden files: a hidden article would silently never appear.
        if (/\.mdx?$/i.test(name)) problems.push({ file, line: 1, field: '-', message: `文件名以 . 开头：这是隐藏文件，构建会跳过它，读者看不到。请改名为 ${name.replace(/^\.+/, '') || 'xxx.mdx'}` });
        continue;
      }
      if (entry.isDirectory()) {
        problems.push({ file, line: 1, field: '-', message: `不支持子目录：把文件直接放在 ${CONTENT_DIR}/${dirName}/ 下` });
        continue;
      }
      const ext = name.match(/\.[^.]+$/)?.[0] ?? '';
      const slug = name.slice(0, name.length - ext.length);
      if (ext !== '.mdx') {
        problems.push({ file, line: 1, field: '-', message: `扩展名应为 .mdx（现在是「${ext || '无'}」）：请改名为 ${slug}.mdx` });
      }
      if (!ID_PATTERN.test(slug)) {
        problems.push({ file, line: 1, field: '-', message: `文件名「${slug}」不合格：只能用小写英文字母、数字和连字符，例如 withdrawal-failed.mdx` });
      }
      const key = slug.toLowerCase();
      if (slugsSeen.has(key)) {
        problems.push({ file, line: 1, field: '-', message: `网址重复：${slugsSeen.get(key)} 已经使用了 /${dirName}/${key}/，请给其中一个文件换个名字` });
      } else slugsSeen.set(key, file);
      if (ext !== '.mdx') continue;
      const loaded = readContentFile(path);
      if ('problem' in loaded) {
        problems.push({ file, line: loaded.line, field: '-', message: loaded.problem });
        continue;
      }
      // Size, line length, nesting markers, invisible characters: before any parser sees the text.
      const limits = checkSourceLimits(loaded.source);
      if (limits.length) {
        for (const finding of limits) problems.push({ file, line: finding.line, field: '-', message: finding.message });
        continue;
      }
      try {
        pages.push({ kind, slug, file, parsed: parseMdxFile(loaded.source) });
      } catch (error) {
        problems.push({ file, line: 1, field: '-', message: checkerFailure(error) });
      }
    }
  }

  for (const page of pages) {
    const { parsed, file } = page;
    if (parsed.missingFrontmatter) {
      problems.push({ file, line: 1, field: '-', message: '缺少 frontmatter：文件必须以 --- 开头，写好字段后再用 --- 结束（可运行 npm run new 生成模板）' });
      continue;
    }
    for (const error of parsed.yamlErrors) problems.push({ file, line: error.line, field: '-', message: error.message });
    if (parsed.yamlErrors.length) continue;
    if (!parsed.data || typeof parsed.data !== 'object') {
      problems.push({ file, line: 2, field: '-', message: 'frontmatter 是空的：请填写必填字段（可运行 npm run new 生成模板）' });
      continue;
    }
    const schema = page.kind === 'article' ? articleSchema : faqSchema;
    const issues = describeIssues(schema, parsed.data);
    for (const issue of issues) problems.push({ file, line: parsed.lineOf(issue.path), field: issue.path.join('.') || '-', message: issue.message });
    if (!issues.length) page.data = schema.parse(parsed.data);
  }

  // The body, parsed as the build parses it (frontmatter blanked, so lines are file lines).
  const menuPathKeys = menuFile.data ? new Set(Object.keys(menuPaths)) : undefined;
  for (const page of pages) {
    if (page.parsed.missingFrontmatter || page.parsed.yamlErrors.length) continue;
    try {
      page.analysis = analyzeBody(page.parsed.content, { menuPathKeys, allowedHosts, assets: publicFiles.assets });
    } catch (error) {
      problems.push({ file: page.file, line: 1, field: '-', message: checkerFailure(error) });
    }
  }

  const articles = pages.filter((p): p is PageEntry<Article> => p.kind === 'article');
  const faqs = pages.filter((p): p is PageEntry<Faq> => p.kind === 'faq');
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const faqBySlug = new Map(faqs.map((f) => [f.slug, f]));
  const isDraft = (page: PageEntry<Article | Faq> | undefined) => Boolean(page?.data?.draft ?? (page?.parsed.data as { draft?: unknown })?.draft === true);

  // ---- Cross-references and rules beyond the schema -----------------------------------------
  const duplicateTitles = new Map<string, string>();
  for (const page of pages) {
    const data = page.data;
    if (!data) continue;
    const { file, parsed } = page;
    const at = (path: PropertyKey[]) => parsed.lineOf(path);
    const draft = Boolean(data.draft);

    if (categoriesFile.data && !categoryIds.has(data.category))
      problems.push({ file, line: at(['category']), field: 'category', message: describeUnknown('分类', data.category, categoryIds) });
    if (symptomsFile.data)
      data.symptoms.forEach((id, i) => {
        if (!symptomIds.has(id)) problems.push({ file, line: at(['symptoms', i]), field: `symptoms.${i}`, message: describeUnknown('症状', id, symptomIds) });
      });
    const seenSymptoms = new Set<string>();
    data.symptoms.forEach((id, i) => {
      if (seenSymptoms.has(id)) problems.push({ file, line: at(['symptoms', i]), field: `symptoms.${i}`, message: `症状「${id}」写了两次：删掉重复的一项` });
      seenSymptoms.add(id);
    });

    (data.related ?? []).forEach((id, i) => {
      const field = `related.${i}`;
      const line = at(['related', i]);
      const target = articleBySlug.get(id);
      if (page.kind === 'article' && id === page.slug) problems.push({ file, line, field, message: '文章不能关联它自己：删掉这一项' });
      else if (!target) problems.push({ file, line, field, message: describeUnknown('文章', id, new Set(articleBySlug.keys())) });
      else if (!draft && isDraft(target)) problems.push({ file, line, field, message: `关联的文章「${id}」还是草稿（draft: true）：已发布的页面不能链接到草稿` });
    });

    if (data.sourcesChecked && data.sourcesChecked.getTime() > today.getTime())
      problems.push({ file, line: at(['sourcesChecked']), field: 'sourcesChecked', message: `来源核对日期 ${data.sourcesChecked.toISOString().slice(0, 10)} 在未来：请填写实际把来源和正文对照的日期（今天或更早）` });
    problems.push(...domesticSourcesRule(file, data.sources, at));

    const refFindings = [
      ...duplicateIds(data.sources ?? [], 'sources', '来源'),
      ...(page.kind === 'article' ? [...checkCauses(data as Article, { draft }), ...sourceReferences(data as Article)] : []),
    ];
    for (const finding of refFindings)
      problems.push({ file, line: at(finding.path), field: finding.path.join('.'), message: finding.message });

    if (page.kind === 'article') {
      (data as Article).steps.forEach((step, i) => {
        // Own keys only: `constructor` is "in" every object.
        if (typeof step.path === 'string' && menuFile.data && !Object.hasOwn(menuPaths, step.path))
          problems.push({ file, line: at(['steps', i, 'path']), field: `steps.${i}.path`, message: describeUnknown('菜单路径', step.path, new Set(Object.keys(menuPaths))) + '（在 content/menu-paths.yaml 里定义，写上 steps 和 basis）' });
      });
    }

    const title = page.kind === 'article' ? (data as Article).title : (data as Faq).question;
    const key = `${page.kind}:${titleKey(title)}`;
    if (duplicateTitles.has(key))
      problems.push({ file, line: at([page.kind === 'article' ? 'title' : 'question']), field: page.kind === 'article' ? 'title' : 'question', message: `与 ${duplicateTitles.get(key)} 的标题相同：读者和搜索会分不清，请改写或合并` });
    else duplicateTitles.set(key, file);

    // Official sources only: https to a host in content/allowed-hosts.yaml.
    (data.sources ?? []).forEach((source, i) => {
      const problem = externalUrlProblem(source.url, '来源链接', allowedHosts);
      if (problem) problems.push({ file, line: at(['sources', i, 'url']), field: `sources.${i}.url`, message: problem });
    });

    // Links in the body to other pages of the site (inline, reference-style, <…>) must resolve, and not to drafts.
    for (const link of page.analysis?.siteLinks ?? []) {
      const match = /^\/(articles|faq|symptoms|categories)\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link.url);
      if (!match) continue;
      const [, collection, slug] = match;
      // A data file that failed its schema already has its own report: its ids are unknown, not missing.
      if ((collection === 'symptoms' && !symptomsFile.data) || (collection === 'categories' && !categoriesFile.data)) continue;
      const exists =
        collection === 'articles' ? articleBySlug.get(slug) : collection === 'faq' ? faqBySlug.get(slug) : collection === 'symptoms' ? symptomIds.has(slug) : categoryIds.has(slug);
      if (!exists) problems.push({ file, line: link.line, field: '正文', message: `链接 ${link.url} 指向不存在的页面` });
      else if (!draft && typeof exists === 'object' && isDraft(exists)) problems.push({ file, line: link.line, field: '正文', message: `链接 ${link.url} 指向草稿：已发布的页面不能链接到草稿` });
    }
  }

  // ---- Numbers need an official source ------------------------------------------------------
  for (const page of pages) {
    const data = page.data;
    if (!data) continue;
    const hasSources = Boolean(data.sources?.length);
    const prose = [...stringsIn(page.parsed.data)].filter(({ path }) => !isMachineField(path));
    if (isSourced(hasSources, [...prose.map((p) => p.text), page.parsed.body].join('\n'))) continue;
    // Report the first quantity only: one source fixes them all.
    const places = [
      ...prose.map(({ path, text }) => ({ line: page.parsed.lineOf(path), field: path.join('.'), text })),
      ...page.parsed.body.split('\n').map((text, i) => ({ line: page.parsed.bodyStartLine + i, field: '正文', text })),
    ];
    for (const place of places) {
      const quantity = firstQuantity(place.text);
      if (!quantity) continue;
      problems.push({ file: page.file, line: place.line, field: place.field, message: describeUnsourced(quantity, hasSources) });
      break;
    }
  }

  // ---- Body: safety and typography ----------------------------------------------------------
  // A published page must not still carry the `npm run new` template's placeholder sentences.
  for (const page of pages) {
    if (!page.data || page.data.draft) continue;
    const placeholder = `还有模板里的占位文字${PLACEHOLDER}：换成真实内容后再发布（没写完就保留 draft: true）`;
    for (const { path, text } of stringsIn(page.parsed.data))
      if (text.includes(PLACEHOLDER)) problems.push({ file: page.file, line: page.parsed.lineOf(path), field: path.join('.'), message: placeholder });
    page.parsed.body.split('\n').forEach((line, index) => {
      if (line.includes(PLACEHOLDER)) problems.push({ file: page.file, line: page.parsed.bodyStartLine + index, field: '正文', message: placeholder });
    });
  }

  for (const page of pages) {
    if (!bodyChecked(page.file)) continue;
    for (const finding of page.analysis?.findings ?? []) problems.push({ file: page.file, line: finding.line, field: '正文', message: finding.message });
  }
  if (options.typography !== false) {
    for (const page of pages) {
      if (!page.parsed.data || page.parsed.yamlErrors.length || !bodyChecked(page.file)) continue;
      for (const { path, text } of stringsIn(page.parsed.data)) {
        if (isMachineField(path)) continue;
        const finding = lintText(text);
        if (finding) problems.push({ file: page.file, line: page.parsed.lineOf(path), field: path.join('.'), message: describeFinding(finding) });
        const quotes = lintQuotesInText(text);
        if (quotes) problems.push({ file: page.file, line: page.parsed.lineOf(path), field: path.join('.'), message: describeQuoteFinding(quotes) });
      }
      for (const finding of lintMarkdown(page.parsed.body))
        problems.push({ file: page.file, line: page.parsed.bodyStartLine + finding.line - 1, field: '正文', message: describeFinding(finding) });
      for (const finding of lintQuotesInMarkdown(page.parsed.body))
        problems.push({ file: page.file, line: page.parsed.bodyStartLine + finding.line - 1, field: '正文', message: describeQuoteFinding(finding) });
    }
    const dataFiles = [[symptomsFile, symptomsFile.data], [categoriesFile, categoriesFile.data], ...(synonymsFile ? [[synonymsFile, synonymsFile.data] as const] : [])] as const;
    for (const [source, data] of dataFiles) {
      for (const { path, text } of stringsIn(data ?? [])) {
        // aliases and sayings mimic how people type, spacing included; means are single words
        if (isMachineField(path) || path.at(-2) === 'aliases' || path.at(-2) === 'sayings' || path.at(-1) === 'means') continue;
        const finding = lintText(text);
        if (finding) problems.push({ file: source.file, line: source.lineOf(path), field: path.join('.'), message: describeFinding(finding) });
        const quotes = lintQuotesInText(text);
        if (quotes) problems.push({ file: source.file, line: source.lineOf(path), field: path.join('.'), message: describeQuoteFinding(quotes) });
      }
    }
  }

  const reported = only ? problems.filter((p) => only.includes(p.file)) : problems;
  return {
    problems: sortProblems(reported),
    counts: {
      categories: categories.length,
      symptoms: symptoms.length,
      articles: articles.length,
      faqs: faqs.length,
      drafts: pages.filter((p) => isDraft(p)).length,
    },
  };
}

/** Fields holding ids, URLs and keys rather than prose: never typography-linted. */
function isMachineField(path: PropertyKey[]): boolean {
  const names = path.filter((p) => typeof p === 'string');
  const last = names.at(-1);
  return MACHINE_KEYS.has(String(last)) || (last === 'path' && typeof path.at(-1) === 'string');
}

/** An unexpected error while checking one file: name the file, never print a stack trace. */
export function checkerFailure(error: unknown): string {
  return `检查这个文件时，检查程序自身出错（${String((error as Error)?.message ?? error).slice(0, 200)}）：请把这个文件和这条消息报告给维护者`;
}
