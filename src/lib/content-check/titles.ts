/**
 * Two titles are the same title if a reader cannot tell them apart: compare them after Unicode
 * NFKC normalisation (full-width letters and digits become half-width, compatibility forms fold)
 * with invisible characters, direction controls and whitespace removed.
 */
const INVISIBLE_OR_BIDI = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c\u180e]/g;

export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(INVISIBLE_OR_BIDI, '').replace(/\s+/g, '').toLowerCase();
}
