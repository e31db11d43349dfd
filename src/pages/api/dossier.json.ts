// /api/dossier.json: figures, quotes, timeline, claims and discrepancies, each with its sources.
import type { APIRoute } from 'astro';
import { readDossier } from '../../site/pipeline-data.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(await readDossier(), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
