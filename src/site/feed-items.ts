// The RSS feed's items, made apart from its route so that the route's incremental-build key is made of exactly them.
import { articlePath } from './urls.ts';

/** One article as the feed lists it. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
}

/** Every article, in the order of its seed's name, with its title, page and excerpt: all the feed says of them. */
export function feedItems(entries: ReadonlyArray<{ data: { source: string; title: string; slug: string; excerpt: string } }>): FeedItem[] {
  return [...entries]
    .sort((a, b) => (a.data.source < b.data.source ? -1 : 1))
    .map(({ data }) => ({ title: data.title, link: articlePath(data.slug), description: data.excerpt }));
}
