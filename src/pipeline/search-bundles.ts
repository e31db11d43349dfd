// The site's search is several Pagefind bundles, read as one by the search page (Pagefind's mergeIndex):
// - the dossier's, the primary one, whose pagefind.js the search page loads: the dossier is known last, and a bundle of
//   its one page is written in a moment once it is;
// - the entity pages', known once the entities are;
// - the articles', in ARTICLE_SEARCH_SHARDS shards by a hash of each article's slug.
// Pagefind has no incremental mode: an index is built whole from every page it holds. Split this way, a rebuild after
// one seed changed indexes the shard that holds its article (and any other bundle whose pages changed) and keeps the
// rest as they were; at 3,000 bench articles one whole bundle of the articles cost about 5 CPU-s of every rebuild.
// One bundle for everything also kept search waiting for the dossier, after which writing the 5,000 pages of the bench's
// 3,000 articles took 2-3 s.
import { createHash } from 'node:crypto';

/** The folder of the primary bundle in the site: the dossier's pages, and the search code the search page loads. */
export const SEARCH_BUNDLE = 'pagefind';

/** The folder of the entity pages' bundle in the site, merged into the primary one's search; it holds only index files. */
export const ENTITY_SEARCH_BUNDLE = 'pagefind-entities';

/**
 * How many bundles the articles are split into. More shards make a rebuild index fewer articles, and make every
 * search fetch more files (each merged bundle's metadata and word chunks): eight keep a one-seed rebuild of 3,000
 * articles to about 375 of them, for eight small fetches a search.
 */
export const ARTICLE_SEARCH_SHARDS = 8;

/** The folder of the articles' bundle `shard` in the site; like the entities', it holds only index files. */
export function articleSearchBundle(shard: number): string {
  return `pagefind-articles-${shard}`;
}

/** The shard of the article `slug`: the same for the same slug in every build, whatever else the corpus holds. */
export function articleSearchShard(slug: string): number {
  return createHash('sha256').update(slug).digest().readUInt32BE(0) % ARTICLE_SEARCH_SHARDS;
}

/** Every bundle folder a build may write, the primary first: the build sets all of them aside and places those it wrote. */
export function allSearchBundles(): string[] {
  return [SEARCH_BUNDLE, ENTITY_SEARCH_BUNDLE, ...Array.from({ length: ARTICLE_SEARCH_SHARDS }, (_, shard) => articleSearchBundle(shard))];
}

/** The bundles the search page merges into the primary one: the entity pages' when there are any, and each shard holding an article. */
export function mergedSearchBundles(articleSlugs: Iterable<string>, entityCount: number): string[] {
  const shards = new Set<number>();
  for (const slug of articleSlugs) shards.add(articleSearchShard(slug));
  return [...(entityCount > 0 ? [ENTITY_SEARCH_BUNDLE] : []), ...[...shards].sort((a, b) => a - b).map(articleSearchBundle)];
}
