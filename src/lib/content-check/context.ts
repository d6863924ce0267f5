/**
 * The content check's first half: read every data file and page under a content root into one
 * `CheckContext` for the rules (rules/*.ts). What stops a file from being read at all — a missing
 * or unreadable file, a YAML error, a field that fails its schema, a bad file name — is reported
 * here, as the loader meets it; everything else is a rule's job.
 * Pure apart from reading files under `root`.
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
  searchSynonymsFileSchema,
  symptomsFileSchema,
  type Article,
  type Category,
  type Faq,
  type MenuPaths,
  type SearchSynonym,
  type Symptom,
  type Lang,
  sourcesLockFileSchema,
} from '../../schemas/content.ts';
import { parseMdxFile, parseYamlWithLines, type ParsedFile } from './frontmatter.ts';
import type { Finding } from './problems.ts';
import { stringsIn } from './typography.ts';
import { describeIssues } from './zod-issues.ts';
import { analyzeBody, type BodyAnalysis } from './mdx-safety.ts';
import { ALLOWED_HOSTS_FILE, loadAllowedHosts, type AllowedHost } from './link-policy.ts';
import { readContentFile } from './content-files.ts';
import { checkPublicFiles, type PublicCheck } from './public-files.ts';
import { forbiddenInLine, forbiddenInValue, forbiddenMessage, isForbiddenMessage } from './characters.ts';
import { checkSourceLimits, MAX_DATA_FILE_BYTES, MAX_DATA_STRING_CHARS } from './limits.ts';

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
  /** The edition, by folder: content/articles is zh, content/en/articles is en (docs/i18n.md). */
  lang: Lang;
  slug: string;
  file: string;
  parsed: ParsedFile;
  /** Set only when the frontmatter passed the schema. */
  data?: T;
  /** The body checked with the build's parser: safety findings and links to site pages. */
  analysis?: BodyAnalysis;
}

/** A data file (categories.yaml …) as findings point into it: its path, the line of a field path, and its data once valid. */
export interface DataFile<T = unknown> {
  file: string;
  lineOf: ParsedFile['lineOf'];
  /** Set only when the file passed its schema. */
  data?: T;
  /** The parsed YAML, valid or not. */
  raw?: unknown;
}

export interface CheckContext {
  root: string;
  today: Date;
  options: CheckOptions;
  /** False for files outside `--files`: body checks (safety, typography) look at one file at a time and skip them. */
  bodyChecked: (file: string) => boolean;
  files: {
    categories: DataFile<Category[]>;
    symptoms: DataFile<Symptom[]>;
    menuPaths: DataFile<MenuPaths>;
    synonyms?: DataFile<SearchSynonym[]>;
    allowedHosts?: DataFile<z.infer<typeof allowedHostsFileSchema>>;
  };
  categories: Category[];
  symptoms: Symptom[];
  menuPaths: MenuPaths['paths'];
  categoryIds: Set<string>;
  symptomIds: Set<string>;
  /** The allowlist's valid entries, each host once. */
  allowedHosts: AllowedHost[];
  publicFiles: PublicCheck;
  /** Every page that parsed (with or without valid frontmatter), articles then FAQs, by file name. */
  pages: Array<PageEntry<Article> | PageEntry<Faq>>;
  articles: PageEntry<Article>[];
  faqs: PageEntry<Faq>[];
  /** The Chinese edition's articles and FAQs by slug (slugs are unique per edition). */
  articleBySlug: Map<string, PageEntry<Article>>;
  faqBySlug: Map<string, PageEntry<Faq>>;
  /** Each edition's articles and FAQs by slug: an English page may share its Chinese counterpart's slug. */
  articlesBySlug: Record<Lang, Map<string, PageEntry<Article>>>;
  faqsBySlug: Record<Lang, Map<string, PageEntry<Faq>>>;
  /** English labels of the named paths that have them (`en:` on a path): the paths an English page may use. */
  enMenuPaths: Record<string, string[]>;
  /** Pages refused before parsing by the raw-text limits (rules/source-limits.ts reports them). */
  rejected: Array<{ file: string; source: string }>;
  isDraft: (page: PageEntry<Article | Faq> | undefined) => boolean;
}

export const CONTENT_DIR = 'content';
/** The search's synonym table, under CONTENT_DIR. */
export const SYNONYMS_FILE = 'search-synonyms.yaml';
/** Page folders under CONTENT_DIR and their edition (docs/i18n.md). */
const COLLECTIONS = [
  { kind: 'article', dirName: 'articles', lang: 'zh' },
  { kind: 'faq', dirName: 'faq', lang: 'zh' },
  { kind: 'article', dirName: 'en/articles', lang: 'en' },
  { kind: 'faq', dirName: 'en/faq', lang: 'en' },
] as const;
/** URL prefix of an edition's pages. */
const LANG_PREFIX: Record<Lang, string> = { zh: '', en: '/en' };
/** content/sources.lock.yaml (scripts/lib/source-lock.ts writes it), checked against its schema when present. */
const SOURCES_LOCK_FILE = 'sources.lock.yaml';
const KNOWN_DATA_FILES = new Set(['categories.yaml', 'symptoms.yaml', 'menu-paths.yaml', 'allowed-hosts.yaml', SOURCES_LOCK_FILE, SYNONYMS_FILE]);

/** Reads the content tree under `root`: the context for the rules, and what stopped a file from being read. */
export function loadContext(root: string, options: CheckOptions = {}): { ctx: CheckContext; findings: Finding[] } {
  const findings: Finding[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const contentDir = join(root, CONTENT_DIR);
  const only = options.files?.map((f) => (f.startsWith(root) ? rel(f) : f.split(sep).join('/').replace(/^\.\//, '')));

  // ---- Data files -------------------------------------------------------------------------
  // Every YAML file under content/: read safely, each raw line and each decoded string held to the
  // character rule (characters.ts), then its schema (field lengths, list counts) when it has one.
  const loadYaml = <S extends z.ZodType>(name: string, schema?: S): DataFile<z.infer<S>> => {
    const path = join(contentDir, name);
    const file = rel(path);
    if (!existsSync(path)) {
      findings.push({ file, line: 1, field: '-', message: `缺少文件 ${file}` });
      return { file, lineOf: () => 1 };
    }
    const loaded = readContentFile(path);
    if ('problem' in loaded) {
      findings.push({ file, line: loaded.line, field: '-', message: loaded.problem.replace('内容目录里只能放 .mdx 文本文件', '数据文件必须是 YAML 文本文件') });
      return { file, lineOf: () => 1 };
    }
    const bytes = Buffer.byteLength(loaded.source, 'utf8');
    if (bytes > MAX_DATA_FILE_BYTES) {
      findings.push({ file, line: 1, field: '-', message: `数据文件太大（${Math.ceil(bytes / 1024)} KB，上限 ${MAX_DATA_FILE_BYTES / 1024} KB）：每一项只写需要的内容` });
      return { file, lineOf: () => 1 };
    }
    // Raw lines: comments included. A character found here is not reported again for its field.
    const rawCharacterLines = new Set<number>();
    loaded.source.split('\n').forEach((text, index) => {
      const char = forbiddenInLine(index === 0 ? text.replace(/^\ufeff/, '') : text);
      if (!char) return;
      rawCharacterLines.add(index + 1);
      findings.push({ file, line: index + 1, field: '-', message: `这一行${forbiddenMessage(char)}` });
    });
    const parsed = parseYamlWithLines(loaded.source);
    for (const error of parsed.yamlErrors) findings.push({ file, line: error.line, field: '-', message: error.message });
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
      findings.push({ file, line, field, message: issue.message });
    }
    return { data: schema && !issues.length && !valueIssues.length ? schema.parse(parsed.data) : undefined, raw: parsed.data, lineOf: parsed.lineOf, file };
  };

  const categoriesFile = loadYaml('categories.yaml', categoriesFileSchema);
  const symptomsFile = loadYaml('symptoms.yaml', symptomsFileSchema);
  const menuFile = loadYaml('menu-paths.yaml', menuPathsFileSchema);
  // The search's synonym table is optional (a content tree without it searches without synonyms).
  const synonymsFile = existsSync(join(contentDir, SYNONYMS_FILE)) ? loadYaml(SYNONYMS_FILE, searchSynonymsFileSchema) : undefined;
  let allowedHosts: AllowedHost[] = [];
  let hostsFile: DataFile<z.infer<typeof allowedHostsFileSchema>> | undefined;
  if (existsSync(join(contentDir, 'allowed-hosts.yaml'))) {
    hostsFile = loadYaml('allowed-hosts.yaml', allowedHostsFileSchema);
    // A bad or repeated entry is left out (rules/allowed-hosts.ts reports a repeat); the rest of the list still applies.
    const entries = Array.isArray(hostsFile.raw) ? hostsFile.raw : [];
    const seen = new Set<string>();
    for (const entry of entries) {
      const result = allowedHostsFileSchema.element.safeParse(entry);
      if (!result.success || seen.has(result.data.host)) continue;
      seen.add(result.data.host);
      allowedHosts.push(result.data);
    }
  } else {
    try {
      allowedHosts = loadAllowedHosts(root);
    } catch (error) {
      findings.push({ file: ALLOWED_HOSTS_FILE, line: 1, field: '-', message: (error as Error).message });
    }
  }
  if (existsSync(join(contentDir, SOURCES_LOCK_FILE))) loadYaml(SOURCES_LOCK_FILE, sourcesLockFileSchema);
  if (existsSync(contentDir))
    for (const name of readdirSync(contentDir).sort())
      // Any other YAML file is at least parsed, so a syntax error in it is reported.
      if (/\.ya?ml$/i.test(name) && !KNOWN_DATA_FILES.has(name)) loadYaml(name);

  const publicFiles = checkPublicFiles(root);
  const categories: Category[] = categoriesFile.data ?? [];
  const symptoms: Symptom[] = symptomsFile.data ?? [];
  const menuPaths: MenuPaths['paths'] = menuFile.data?.paths ?? {};

  // ---- Pages ------------------------------------------------------------------------------
  const pages: Array<PageEntry<Article> | PageEntry<Faq>> = [];
  const rejected: CheckContext['rejected'] = [];
  for (const { kind, dirName, lang } of COLLECTIONS) {
    const dir = join(contentDir, dirName);
    if (!existsSync(dir)) continue;
    const slugsSeen = new Map<string, string>();
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = entry.name;
      const path = join(dir, name);
      const file = rel(path);
      if (name.startsWith('.')) {
        // The build's glob skips hidden files: a hidden article would silently never appear.
        if (/\.mdx?$/i.test(name)) findings.push({ file, line: 1, field: '-', message: `文件名以 . 开头：这是隐藏文件，构建会跳过它，读者看不到。请改名为 ${name.replace(/^\.+/, '') || 'xxx.mdx'}` });
        continue;
      }
      if (entry.isDirectory()) {
        findings.push({ file, line: 1, field: '-', message: `不支持子目录：把文件直接放在 ${CONTENT_DIR}/${dirName}/ 下` });
        continue;
      }
      const ext = name.match(/\.[^.]+$/)?.[0] ?? '';
      const slug = name.slice(0, name.length - ext.length);
      if (ext !== '.mdx') findings.push({ file, line: 1, field: '-', message: `扩展名应为 .mdx（现在是「${ext || '无'}」）：请改名为 ${slug}.mdx` });
      if (!ID_PATTERN.test(slug)) findings.push({ file, line: 1, field: '-', message: `文件名「${slug}」不合格：只能用小写英文字母、数字和连字符，例如 withdrawal-failed.mdx` });
      const key = slug.toLowerCase();
      if (slugsSeen.has(key)) findings.push({ file, line: 1, field: '-', message: `网址重复：${slugsSeen.get(key)} 已经使用了 ${LANG_PREFIX[lang]}/${dirName.replace(/^en\//, '')}/${key}/，请给其中一个文件换个名字` });
      else slugsSeen.set(key, file);
      if (ext !== '.mdx') continue;
      const loaded = readContentFile(path);
      if ('problem' in loaded) {
        findings.push({ file, line: loaded.line, field: '-', message: loaded.problem });
        continue;
      }
      // Size, line length, nesting markers, invisible characters: before any parser sees the text.
      if (checkSourceLimits(loaded.source).length) {
        rejected.push({ file, source: loaded.source });
        continue;
      }
      try {
        pages.push({ kind, lang, slug, file, parsed: parseMdxFile(loaded.source) });
      } catch (error) {
        findings.push({ file, line: 1, field: '-', message: checkerFailure(error) });
      }
    }
  }

  for (const page of pages) {
    const { parsed, file } = page;
    if (parsed.missingFrontmatter) {
      findings.push({ file, line: 1, field: '-', message: '缺少 frontmatter：文件必须以 --- 开头，写好字段后再用 --- 结束（可运行 npm run new 生成模板）' });
      continue;
    }
    for (const error of parsed.yamlErrors) findings.push({ file, line: error.line, field: '-', message: error.message });
    if (parsed.yamlErrors.length) continue;
    if (!parsed.data || typeof parsed.data !== 'object') {
      findings.push({ file, line: 2, field: '-', message: 'frontmatter 是空的：请填写必填字段（可运行 npm run new 生成模板）' });
      continue;
    }
    const schema = page.kind === 'article' ? articleSchema : faqSchema;
    const issues = describeIssues(schema, parsed.data);
    for (const issue of issues) findings.push({ file, line: parsed.lineOf(issue.path), field: issue.path.join('.') || '-', message: issue.message });
    if (!issues.length) page.data = schema.parse(parsed.data);
  }

  // The body, parsed as the build parses it (frontmatter blanked, so lines are file lines).
  const menuPathKeys = menuFile.data ? new Set(Object.keys(menuPaths)) : undefined;
  // English pages may only name paths that have English labels (menu-paths.yaml `en:` on each path).
  const enMenuPaths = Object.fromEntries(Object.entries(menuPaths).flatMap(([key, entry]) => (entry.en ? [[key, entry.en]] : [])));
  const enMenuPathKeys = menuFile.data ? new Set(Object.keys(enMenuPaths)) : undefined;
  for (const page of pages) {
    if (page.parsed.missingFrontmatter || page.parsed.yamlErrors.length) continue;
    try {
      page.analysis = analyzeBody(page.parsed.content, { menuPathKeys: page.lang === 'en' ? enMenuPathKeys : menuPathKeys, allowedHosts, assets: publicFiles.assets });
    } catch (error) {
      findings.push({ file: page.file, line: 1, field: '-', message: checkerFailure(error) });
    }
  }

  const articles = pages.filter((p): p is PageEntry<Article> => p.kind === 'article');
  const faqs = pages.filter((p): p is PageEntry<Faq> => p.kind === 'faq');
  const bySlug = <T extends { lang: Lang; slug: string }>(items: T[], lang: Lang) => new Map(items.filter((p) => p.lang === lang).map((p) => [p.slug, p]));
  const ctx: CheckContext = {
    root,
    today: options.today ?? new Date(),
    options,
    bodyChecked: (file) => !only || only.includes(file),
    files: { categories: categoriesFile, symptoms: symptomsFile, menuPaths: menuFile, synonyms: synonymsFile, allowedHosts: hostsFile },
    categories,
    symptoms,
    menuPaths,
    categoryIds: new Set(categories.map((c) => c.id)),
    symptomIds: new Set(symptoms.map((s) => s.id)),
    allowedHosts,
    publicFiles,
    pages,
    articles,
    faqs,
    articleBySlug: bySlug(articles, 'zh'),
    faqBySlug: bySlug(faqs, 'zh'),
    articlesBySlug: { zh: bySlug(articles, 'zh'), en: bySlug(articles, 'en') },
    faqsBySlug: { zh: bySlug(faqs, 'zh'), en: bySlug(faqs, 'en') },
    enMenuPaths,
    rejected,
    isDraft: (page) => Boolean(page?.data?.draft ?? (page?.parsed.data as { draft?: unknown })?.draft === true),
  };
  return { ctx, findings };
}

/** An unexpected error while checking one file: name the file, never print a stack trace. */
export function checkerFailure(error: unknown): string {
  return `检查这个文件时，检查程序自身出错（${String((error as Error)?.message ?? error).slice(0, 200)}）：请把这个文件和这条消息报告给维护者`;
}
