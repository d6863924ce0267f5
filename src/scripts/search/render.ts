/**
 * Builds the result list with createElement and text nodes only: titles, labels and excerpts
 * come from content and are never parsed as HTML.
 */
import { excerptSegments } from '../../lib/search/excerpt.ts';
import type { Hit } from '../../lib/search/run.ts';

const KIND_LABEL = { article: '排查文章', symptom: '症状', faq: '问答', other: '页面' } as const;

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The excerpt as text nodes and <mark> elements we create ourselves. */
export function excerptNode(excerpt: string): HTMLSpanElement {
  const el = span('result-excerpt');
  for (const segment of excerptSegments(excerpt)) {
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

export function resultItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hit.url;
  a.append(span('result-title', hit.title));
  const meta = [KIND_LABEL[hit.kind], hit.category, hit.symptomLabels && `解决：${hit.symptomLabels}`].filter(Boolean).join(' · ');
  a.append(span('result-meta', meta));
  if (hit.excerpt) a.append(excerptNode(hit.excerpt));
  li.append(a);
  return li;
}
