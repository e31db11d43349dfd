// /api/entities/<id>.json: one entity, each mention's sentence in context; retired ids say where they went. A build
// (scripts/build-site.ts) writes these files itself beside Astro (pipeline/write-entity-api.ts) and tells this route to
// make none; the dev server and a bare `astro build` answer from here, with the same bytes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { digestOf } from '../../../pipeline/build-cache.ts';
import { ENTITY_API_WRITTEN, entityApiBody, retiredApiBody } from '../../../pipeline/entity-api.ts';
import type { RetiredId } from '../../../pipeline/schemas.ts';
import { jsonResponse } from '../../../site/json-response.ts';
import { entityContexts, entityContextsSummary, entityMentions, entityRelated } from '../../../site/pipeline-data.ts';
import { siteBase } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  if (process.env[ENTITY_API_WRITTEN]) return [];
  const entities = await getCollection('entities');
  const current = new Set(entities.map((e) => e.data.id));
  const retired = ((await getEntry('retired', 'all'))?.data.ids ?? []).filter((r) => !current.has(r.id));
  return [
    // Rendered again only when the entity or its sentences changed (incremental builds).
    ...(await Promise.all(
      entities.map(async ({ data }) => ({
        params: { id: data.id },
        props: { entity: data },
        cacheKey: digestOf(JSON.stringify([data, await entityMentions(data.id), await entityRelated(data.id), (await entityContextsSummary(data.id)).digest])),
      })),
    )),
    ...retired.map((r) => ({ cacheKey: JSON.stringify(r), params: { id: r.id }, props: { retired: r } })),
  ];
}) satisfies GetStaticPaths;

type Props = { entity: CollectionEntry<'entities'>['data'] } | { retired: RetiredId };

export const GET: APIRoute<Props> = async ({ props }) => {
  if (!('entity' in props)) return jsonResponse(retiredApiBody(props.retired, siteBase));
  const { entity } = props;
  return jsonResponse(entityApiBody({ ...entity, mentions: await entityMentions(entity.id), related: await entityRelated(entity.id) }, await entityContexts(entity.id), siteBase));
};
