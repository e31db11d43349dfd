// An RSS feed of the articles, so readers can follow the corpus as it grows.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlePath } from '../site/urls.ts';

export const GET: APIRoute = async (context) => {
  const articles = (await getCollection('articles')).sort((a, b) => (a.data.source < b.data.source ? -1 : 1));
  return rss({
    title: 'Casebook',
    description: 'The articles of this Casebook site, read together.',
    site: context.site ?? 'https://casebook.example',
    items: articles.map(({ data }) => ({ title: data.title, link: articlePath(data.slug), description: data.excerpt })),
  });
};
