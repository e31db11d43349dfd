// /rss.xml, an RSS feed of the articles, so readers can follow the corpus as it grows. A route with one path rather
// than a plain endpoint so that it can carry a cacheKey: rendered again only when an article's title, page or excerpt
// changed (incremental builds), where a plain endpoint is rendered in every build (at 3,000 articles a 1.9 MB feed,
// about 0.15 s of Astro's one rendering thread in a rebuild).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { digestOf } from '../pipeline/build-cache.ts';
import { feedItems, type FeedItem } from '../site/feed-items.ts';

export const getStaticPaths = (async () => {
  const items = feedItems(await getCollection('articles'));
  return [{ params: { feed: 'rss' }, props: { items }, cacheKey: digestOf(JSON.stringify(items)) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: FeedItem[] }> = (context) =>
  rss({
    title: 'Casebook',
    description: 'The articles of this Casebook site, read together.',
    site: context.site ?? 'https://casebook.example',
    items: context.props.items,
  });
