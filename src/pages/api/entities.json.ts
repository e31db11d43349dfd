// /api/entities.json: every entity with its mention counts per article, as DESIGN.md fixes them.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { entityPath } from '../../site/urls.ts';

export const GET: APIRoute = async () => {
  const entities = (await getCollection('entities')).map(({ data }) => {
    const { related: _related, ...record } = data;
    return { ...record, url: entityPath(data.id) };
  });
  return new Response(JSON.stringify({ entities }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
