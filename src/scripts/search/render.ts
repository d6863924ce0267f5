/**
 * Builds the result list with createElement and text nodes only: titles, labels and excerpts
 * come from content and are never parsed as HTML.
 */
import { excerptSegments, highlightSegments, type Segment } from '../../lib/search/excerpt.ts';
import type { Hit } from '../../lib/search/run.ts';
import type { SearchQuery } from '../../lib/search/normalize.ts';
import type { SearchUi } from '../../i18n/strings.ts';


function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Segments as text nodes and <mark> elements we create ourselves. */
export function excerptNode(segments: Segment[]): HTMLSpanElement {
  const el = span('result-excerpt');
  for (const segment of segments) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      el.append(mark);
    } else {
      el.append(document.createTextNode(segment.text));
    }
  }
  return el;
}

/** Long summaries are cut for the list (three lines on a phone); the page has the full text. */
const SUMMARY_CHARS = 60;

export function resultItem(hit: Hit, query: SearchQuery, ui: SearchUi): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const a = document.createElement('a');
  a.href = hit.url;
  a.append(span('result-title', hit.title));
  const meta = [ui.kinds[hit.kind], hit.category, hit.symptomLabels && `${ui.solves}${hit.symptomLabels}`].filter(Boolean).join(' · ');
  a.append(span('result-meta', meta));
  // The page's own summary reads better than an excerpt of its hidden alias list.
  const summary = [...hit.summary].length > SUMMARY_CHARS ? `${[...hit.summary].slice(0, SUMMARY_CHARS).join('')}${ui.ellipsis}` : hit.summary;
  const segments = summary ? highlightSegments(summary, query) : excerptSegments(hit.excerpt);
  if (segments.length > 0) a.append(excerptNode(segments));
  li.append(a);
  return li;
}

