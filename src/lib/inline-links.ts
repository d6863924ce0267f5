/**
 * A frontmatter text (a cause's or a step's `detail`) as runs of plain text and links to this site's own pages.
 * Contributors write `见 [联系官方客服](/articles/contact-official-support/)` there as they would in the body; only a
 * site-relative target (`/…`, not `//host`) becomes a link, anything else stays the text it was, so no address from
 * a frontmatter field reaches an href without the body's link policy. The content check's site-links rule reports
 * a target that does not exist.
 */
export interface TextRun {
  text: string;
  /** Set on a link: a path on this site. */
  href?: string;
}

const SITE_LINK = /\[([^[\]\n]+)\]\((\/(?!\/)[^\s()]*)\)/g;

export function siteLinkRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(SITE_LINK)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[1], href: match[2] });
    last = match.index + match[0].length;
  }
  if (last < text.length || !runs.length) runs.push({ text: text.slice(last) });
  return runs;
}
