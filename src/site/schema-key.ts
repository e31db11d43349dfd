// What a loader keeps an entry by must change when the collection's schema does: Astro clears its store only when the
// text of content.config.ts changes, and the schemas live in src/pipeline/schemas.ts.
import { z } from 'zod';

/**
 * The schema as JSON Schema text: its fields, types, checks and defaults. A transform has no JSON form and does not
 * show here; a change to one needs a new loader version.
 */
export function schemaKey(schema: z.ZodType): string {
  return JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any' }));
}
