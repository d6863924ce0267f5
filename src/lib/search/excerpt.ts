/**
 * Pagefind excerpts are HTML: escaped page text with <mark> around the matched words. The
 * result list must never assign that to innerHTML (a page could contain "<img onerror=...>"
 * written as text). This turns an excerpt into plain-text segments the UI renders with
 * text nodes and <mark> elements it creates itself.
 */
import type { SearchQuery } from './normalize.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML-escaped text can contain; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits on <mark> … </mark> only; any other tag-like text stays literal text (it is shown,
 * not interpreted). Adjacent segments with the same marking are merged; empty ones dropped.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/i)) {
    const lower = part.toLowerCase();
    if (lower === '<mark>') { marked = true; continue; }
    if (lower === '</mark>') { marked = false; continue; }
    const text = decodeEntities(part);
    if (text === '') continue;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  }
  return segments;
}

/**
 * Plain text with the query's words marked: Chinese by character pairs (single characters
 * only when the query has just one), Latin words of two or more letters, case-insensitive.
 * Used to show a page's own summary instead of an excerpt of its hidden alias list. Reads the
 * query's normalised text (fillers kept: a summary that says 怎么办 may show it marked).
 */
export function highlightSegments(text: string, query: SearchQuery): Segment[] {
  const q = query.normal;
  const han = [...q].filter((c) => /\p{Script=Han}/u.test(c));
  const needles = new Set<string>();
  if (han.length === 1) needles.add(han[0]);
  for (const run of q.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) needles.add(chars[i] + chars[i + 1]);
  }
  for (const word of q.match(/[a-z0-9]{2,}/g) ?? []) needles.add(word);
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      for (let i = at; i < at + needle.length; i++) marked[i] = true;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.marked === marked[i]) last.text += text[i];
    else segments.push({ text: text[i], marked: marked[i] });
  }
  return segments;
}
