// /api/dossier.json: figures, quotes, timeline, claims and discrepancies, each with its sources.
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../site/json-response.ts';
import { readDossier } from '../../site/pipeline-data.ts';

export const GET: APIRoute = async () => jsonResponse(await readDossier());
