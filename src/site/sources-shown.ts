// How much of a dossier statement's evidence its page lists.

/**
 * Sources listed under one dossier statement; the rest are counted. A figure that 80 of 3,000 articles report would
 * otherwise list 80 quotations, and the page ran to megabytes; the JSON API keeps every source.
 */
export const SOURCES_SHOWN = 6;

/** The sources a statement lists, and what it only counts. */
export interface ShownSources<S> {
  shown: S[];
  /** Sources left out of the list. */
  hidden: number;
  /** Articles none of whose sources is listed. */
  hiddenArticles: number;
}

/**
 * Picks the listed sources: one per article first, in their order, so that six rows show six articles rather than
 * one article repeating a figure six times; then further sources of the same articles if room is left.
 */
export function shownSources<S extends { article: string }>(sources: readonly S[], limit = SOURCES_SHOWN): ShownSources<S> {
  const seen = new Set<string>();
  const firsts: S[] = [];
  const repeats: S[] = [];
  for (const source of sources) {
    if (seen.has(source.article)) repeats.push(source);
    else {
      seen.add(source.article);
      firsts.push(source);
    }
  }
  const shown = [...firsts, ...repeats].slice(0, limit);
  const shownArticles = new Set(shown.map((s) => s.article));
  return { shown, hidden: sources.length - shown.length, hiddenArticles: seen.size - shownArticles.size };
}
