// /api/entities/<id>.json: one entity, each mention's sentence in context; retired ids say where they went.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { entityPath } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const entities = await getCollection('entities');
  const current = new Set(entities.map((e) => e.data.id));
  const retired = ((await getEntry('retired', 'all'))?.data.ids ?? []).filter((r) => !current.has(r.id));
  return [
    ...entities.map(({ data }) => ({ params: { id: data.id }, props: { body: { ...data, url: entityPath(data.id) } } })),
    ...retired.map((r) => ({
      params: { id: r.id },
      props: { body: { id: r.id, name: r.name, retired: true, redirectTo: r.redirectTo, url: r.redirectTo ? entityPath(r.redirectTo) : null } },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { body: unknown }).body, null, 2), { headers: { 'Content-Type': 'application/json' } });
