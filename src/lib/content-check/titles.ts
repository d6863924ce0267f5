/**
 * Two titles are the same title if a reader cannot tell them apart: compare them after Unicode
 * NFKC normalisation (full-width letters and digits become half-width, compatibility forms fold)
 * with whitespace and every character the character rule forbids (characters.ts: invisible,
 * direction-changing, control) removed — the same set the check refuses, so no character can
 * both pass the check and make a duplicate title look new.
 */
import { stripForbidden } from './characters.ts';

export function titleKey(title: string): string {
  return stripForbidden(stripForbidden(title).normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}
