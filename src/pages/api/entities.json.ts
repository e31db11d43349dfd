// /api/entities.json: every entity with its mention counts per article, as DESIGN.md fixes them.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { entityRecord } from '../../site/entity-record.ts';
import { jsonResponse } from '../../site/json-response.ts';

export const GET: APIRoute = async () => {
  const entities = await Promise.all((await getCollection('entities')).map(({ data }) => entityRecord(data)));
  return jsonResponse({ entities });
};
