// The JSON API's responses: one place that says how a body is written and labelled.

/** `body` as an indented JSON response, as every /api/ route serves it. */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
