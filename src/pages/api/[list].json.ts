// /api/entities.json (every entity with its mention counts per article, as DESIGN.md fixes them) and /api/dossier.json
// (figures, quotes, timeline, claims and discrepancies, each with its sources). A build (scripts/build-site.ts) writes
// these files itself on its main thread, from the data it holds, while Astro renders the pages (write-entity-api.ts),
// and tells this route to make none; the dev server and a bare `astro build` answer from here, with the same bytes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ENTITY_API_WRITTEN, entityListBody } from '../../pipeline/entity-api.ts';
import { jsonResponse } from '../../site/json-response.ts';
import { entityMentions, readDossier } from '../../site/pipeline-data.ts';
import { siteBase } from '../../site/urls.ts';

export const getStaticPaths = (() => (process.env[ENTITY_API_WRITTEN] ? [] : [{ params: { list: 'entities' } }, { params: { list: 'dossier' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (params.list === 'dossier') return jsonResponse(await readDossier());
  const entities = await Promise.all((await getCollection('entities')).map(async ({ data }) => ({ ...data, mentions: await entityMentions(data.id) })));
  return jsonResponse(entityListBody(entities, siteBase));
};
