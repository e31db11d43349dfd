// Gives each article a unique slug made from its title.
import { disambiguateSlug, titleToSlug, type Slug } from './ids.ts';
import type { IngestedArticle } from './ingest.ts';
import type { Article } from './types.ts';

/**
 * Slugs come from titles; when two titles give the same slug, the article whose seed name sorts first
 * keeps it and the others get a suffix made from their seed name, so adding a file never renames another
 * unless it sorts before it.
 */
export function assignSlugs(articles: IngestedArticle[]): Article[] {
  const sorted = [...articles].sort((a, b) => compareCodePoints(a.source, b.source));
  const taken = new Set<Slug>();
  return sorted.map((article) => {
    let slug = titleToSlug(article.title, article.source.replace(/\.[^.]+$/, ''));
    if (taken.has(slug)) slug = disambiguateSlug(slug, article.source);
    // A title that itself ends in such a suffix could still collide: count on until free.
    for (let n = 2; taken.has(slug); n++) slug = `${disambiguateSlug(slug, article.source)}-${n}` as Slug;
    taken.add(slug);
    return { ...article, slug };
  });
}

/** Orders strings by code point, the same on every machine and locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
