// /api/entities/<id>.json: one entity, each mention's sentence in context; retired ids say where they went.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { digestOf } from '../../../pipeline/build-cache.ts';
import { entityRecord } from '../../../site/entity-record.ts';
import { jsonResponse } from '../../../site/json-response.ts';
import { entityContexts, entityContextsSummary, entityMentions } from '../../../site/pipeline-data.ts';
import { entityPath } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const entities = await getCollection('entities');
  const current = new Set(entities.map((e) => e.data.id));
  const retired = ((await getEntry('retired', 'all'))?.data.ids ?? []).filter((r) => !current.has(r.id));
  return [
    // Rendered again only when the entity or its sentences changed (incremental builds).
    ...(await Promise.all(
      entities.map(async ({ data }) => ({
        params: { id: data.id },
        props: { entity: data },
        cacheKey: digestOf(JSON.stringify([data, await entityMentions(data.id), (await entityContextsSummary(data.id)).digest])),
      })),
    )),
    ...retired.map((r) => ({
      cacheKey: JSON.stringify(r),
      params: { id: r.id },
      props: { retired: { id: r.id, name: r.name, retired: true, redirectTo: r.redirectTo, url: r.redirectTo ? entityPath(r.redirectTo) : null } },
    })),
  ];
}) satisfies GetStaticPaths;

type Props = { entity: CollectionEntry<'entities'>['data'] } | { retired: Record<string, unknown> };

export const GET: APIRoute<Props> = async ({ props }) => {
  if (!('entity' in props)) return jsonResponse(props.retired);
  // The entity as /api/entities.json lists it, with the entities named beside it and every sentence that names it.
  const { url, ...record } = await entityRecord(props.entity);
  return jsonResponse({ ...record, related: props.entity.related, url, contexts: await entityContexts(props.entity.id) });
};
