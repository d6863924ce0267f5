/**
 * The symptom table of the search, beside the graph (graph.ts) it comes from: built once at
 * build time by src/pages/search.astro and embedded in /search/ for the instant answer and the
 * re-rank; the eval reads it back from the built page.
 */
import type { MainArticle, SymptomTerms } from './search/match.ts';
import type { Synonyms } from './search/normalize.ts';
import { rewriteSaying } from './search/synonyms.ts';

/**
 * The symptom table shipped to the search page: label first, then every alias (in the words a
 * query is rewritten to: rewriteSaying), the one-line description, the symptom's main article
 * (for the instant answer) when it has one, and whether it is urgent.
 */
export function symptomTable(
  symptoms: { id: string; label: string; aliases: string[]; description: string }[],
  mainArticle: (id: string) => MainArticle | undefined = () => undefined,
  options: { synonyms?: Synonyms; urgent?: (id: string) => boolean } = {},
): SymptomTerms[] {
  const synonyms = options.synonyms ?? [];
  return symptoms.map((s) => {
    const article = mainArticle(s.id);
    return {
      id: s.id,
      label: s.label,
      terms: [s.label, ...s.aliases].map((term) => rewriteSaying(term, synonyms)),
      description: s.description,
      ...(article ? { article } : {}),
      ...(options.urgent?.(s.id) ? { urgent: true } : {}),
    };
  });
}
