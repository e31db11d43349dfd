// Data the pipeline wrote that the pages read straight from content/data/ instead of through Astro's content store,
// once per build: every build serialises that store into a JavaScript module and loads it whole, so large data kept
// there costs time on every build even when nothing changed. At 3,000 articles the entities' sentences are 33 MB and
// the dossier 5 MB, against 5.7 MB for all that the store keeps.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { whenWritten } from '../pipeline/pending-file.ts';
import { contextsSummary, unpackContexts } from '../pipeline/contexts-file.ts';
import { ownEntry } from '../pipeline/own-entry.ts';
import { contextsFileSchema, dossierSchema, entityMentionsSchema, entityRelatedSchema, type ContextsFile, type Dossier, type EntityMentions, type EntityRelated, type MentionContext } from '../pipeline/schemas.ts';
import { contentDir } from './content-paths.ts';
import { DATA_WRITTEN_BY_BUILD } from '../pipeline/data-written.ts';

const read = new Map<string, Promise<unknown>>();

/** The file `name` of content/data/ checked against `schema`; the dev server reads it afresh each time. */
async function readDataFile<T>(name: string, schema: z.ZodType<T>, holds: string): Promise<T> {
  if (import.meta.env.DEV || !read.has(name)) {
    const path = resolve(contentDir, 'data', name);
    read.set(name, (async () => {
      // The dossier may still be being made beside this build (run-pipeline.ts): wait for its file.
      await whenWritten(path);
      const value: unknown = JSON.parse(await readFile(path, 'utf8'));
      if (process.env[DATA_WRITTEN_BY_BUILD]) return value as T;
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`${path} does not hold ${holds}: ${parsed.error.message}; run the pipeline before astro build`);
      return parsed.data;
    })());
  }
  return read.get(name) as Promise<T>;
}

const readContexts = (): Promise<ContextsFile> => readDataFile('contexts.json', contextsFileSchema, 'entity contexts');

/** The sentences that name one entity, in article order. */
export async function entityContexts(id: string): Promise<MentionContext[]> {
  return unpackContexts(await readContexts(), id);
}

/** A digest of one entity's sentences and the articles they cite: what its pages' incremental-build keys need. */
export async function entityContextsSummary(id: string): Promise<{ digest: string; articles: string[] }> {
  return contextsSummary(await readContexts(), id);
}

/** The list of entity `id` in the data file `name`, which holds one list per entity id; none for an id it lacks. */
async function entityList<T>(name: string, schema: z.ZodType<Record<string, T[]>>, holds: string, id: string): Promise<T[]> {
  return ownEntry(await readDataFile(name, schema, holds), id) ?? [];
}

/** The mention counts per article of one entity, for the JSON API. */
export function entityMentions(id: string): Promise<EntityMentions[string]> {
  return entityList('mentions.json', entityMentionsSchema, 'entity mentions', id);
}

/** The entities most often named beside one entity, most often first. */
export function entityRelated(id: string): Promise<EntityRelated[string]> {
  return entityList('related.json', entityRelatedSchema, 'related entities', id);
}

/** The dossier of the whole corpus (the file holds it as its one entry, "all"). */
export async function readDossier(): Promise<Dossier> {
  return (await readDataFile('dossier.json', z.object({ all: dossierSchema }), 'the dossier')).all;
}
