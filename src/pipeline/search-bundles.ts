// The site's search is several Pagefind bundles, read as one by the search page (Pagefind's mergeIndex):
// - the dossier's, the primary one, whose pagefind.js the search page loads: the dossier is known last, and a bundle of
//   its one page is written in a moment once it is;
// - the articles' in parts, each article in the part its slug hashes to, the first part also holding the entity pages:
//   one part for every 250 articles, at most eight.
// Pagefind has no incremental mode: an index is built whole from every page it holds. Split this way, a rebuild after
// one seed changed indexes the part that holds its article (and any other bundle whose pages changed) and keeps the
// rest as they were; at 3,000 bench articles one bundle of all the articles cost about 5 CPU-s of every rebuild.
// One bundle for everything also kept search waiting for the dossier, after which writing the 5,000 pages of the
// bench's 3,000 articles took 2-3 s.
// Parts are not made smaller: Pagefind reads a multi-word query as every word, but where a bundle holds no page with
// all of them it answers with pages holding some, so a bundle of a handful of articles adds pages that lack a word.
// At 3,000 articles in eight parts, 19 two-word and 38 one-word queries gave the same results, in the same order, as
// one bundle; the five seeds in four parts and a bundle of the entity pages did not ("Microsoft Nadella": six results
// instead of four).
import { createHash } from 'node:crypto';

/** The folder of the primary bundle in the site: the dossier's page, and the search code the search page loads. */
export const SEARCH_BUNDLE = 'pagefind';

/** The most parts the articles are split into: more make a rebuild index fewer articles, and every search fetch more files. */
export const MAX_SEARCH_PARTS = 8;

/** How many articles make one part: in bundles of fewer, multi-word queries start to match pages that lack a word. */
const ARTICLES_PER_PART = 250;

/** How many parts a corpus of `articleCount` articles is split into. */
export function searchParts(articleCount: number): number {
  return Math.min(MAX_SEARCH_PARTS, Math.max(1, Math.floor(articleCount / ARTICLES_PER_PART)));
}

/** The folder of part `part` in the site; it holds only index files, the primary bundle's code reads it. */
export function searchPartBundle(part: number): string {
  return `pagefind-part-${part}`;
}

/** The part of the article `slug` among `parts`: the same in every build with as many parts, whatever else the corpus holds. */
export function searchPartOf(slug: string, parts: number): number {
  return createHash('sha256').update(slug).digest().readUInt32BE(0) % parts;
}

/** Every bundle folder a build may write, the primary first: the build sets all of them aside and places those it wrote. */
export function allSearchBundles(): string[] {
  return [SEARCH_BUNDLE, ...Array.from({ length: MAX_SEARCH_PARTS }, (_, part) => searchPartBundle(part))];
}

/** A corpus's articles by the part they go in (those of `articles`, which tells the number of parts), for any kind of article. */
export function groupBySearchPart<T>(articles: readonly T[], slugOf: (article: T) => string): Map<number, T[]> {
  const parts = searchParts(articles.length);
  return Map.groupBy(articles, (article) => searchPartOf(slugOf(article), parts));
}

/** The parts the search page merges into the primary bundle: the first when it holds entity pages, and each holding an article. */
export function mergedSearchBundles(articleSlugs: readonly string[], entityCount: number): string[] {
  const used = new Set(groupBySearchPart(articleSlugs, (slug) => slug).keys());
  if (entityCount > 0) used.add(0);
  return [...used].sort((a, b) => a - b).map(searchPartBundle);
}
