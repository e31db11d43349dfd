// The JSON API's responses: one place that says how a body is written and labelled.
import { apiJsonText } from '../pipeline/entity-api.ts';

/** `body` as an indented JSON response, as every /api/ route serves it. */
export function jsonResponse(body: unknown): Response {
  return new Response(apiJsonText(body), { headers: { 'Content-Type': 'application/json' } });
}
