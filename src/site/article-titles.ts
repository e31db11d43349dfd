// Article titles by slug, read from the collection once per build: every entity page cites articles by title,
// and asking the collection again on each of thousands of pages made the build grow with entities × articles.
import { getCollection } from 'astro:content';

let titles: Promise<Map<string, string>> | undefined;

/** Titles by article slug; the dev server reads them afresh each time, since its content can change under it. */
export function articleTitles(): Promise<Map<string, string>> {
  if (import.meta.env.DEV || !titles) titles = getCollection('articles').then((all) => new Map(all.map((a) => [a.data.slug, a.data.title])));
  return titles;
}
