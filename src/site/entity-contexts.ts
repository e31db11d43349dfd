// Each entity's sentences, read from the file the pipeline wrote (content/data/contexts.json) once per build.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { entityContextsSchema, type MentionContext } from '../pipeline/schemas.ts';
import { contentDir } from './content-paths.ts';

let contexts: Promise<Map<string, MentionContext[]>> | undefined;

/** The sentences that name one entity, in article order; the dev server reads the file afresh each time. */
export async function entityContexts(id: string): Promise<MentionContext[]> {
  if (import.meta.env.DEV || !contexts) contexts = readContexts();
  return (await contexts).get(id) ?? [];
}

async function readContexts(): Promise<Map<string, MentionContext[]>> {
  const path = resolve(contentDir, 'data/contexts.json');
  const parsed = entityContextsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} does not hold entity contexts: ${parsed.error.message}; run the pipeline before astro build`);
  return new Map(Object.entries(parsed.data));
}
