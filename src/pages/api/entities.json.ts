// /api/entities.json: every entity with its mention counts per article, as DESIGN.md fixes them.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { entityRecord } from '../../site/entity-record.ts';

export const GET: APIRoute = async () => {
  const entities = await Promise.all((await getCollection('entities')).map(({ data }) => entityRecord(data)));
  return new Response(JSON.stringify({ entities }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
