// /api/dossier.json: figures, quotes, timeline, claims and discrepancies, each with its sources.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

export const GET: APIRoute = async () => {
  const entry = await getEntry('dossier', 'all');
  return new Response(JSON.stringify(entry?.data ?? null, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
