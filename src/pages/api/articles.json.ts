// /api/articles.json: every article, with the fields DESIGN.md fixes.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { jsonResponse } from '../../site/json-response.ts';
import { articlePath } from '../../site/urls.ts';

export const GET: APIRoute = async () => {
  const entries = (await getCollection('articles')).sort((a, b) => (a.data.source < b.data.source ? -1 : 1));
  const articles = entries.map(({ data }) => ({
    slug: data.slug,
    url: articlePath(data.slug),
    title: data.title,
    lang: data.lang,
    dir: data.dir,
    source: data.source,
    words: data.words,
    entities: data.entities,
    hash: data.hash,
  }));
  return jsonResponse({ articles });
};
