// A collection read from one JSON file holding an array of entries with ids, as Astro's file() loader reads it, except
// that an entry whose data is what the store already holds is kept instead of checked and stored again. file() clears
// the collection and runs every entry through the schema on every build: in CPU profiles of a rebuild at 3,000
// articles (2,012 entities, one article changed), file() took 215 ms of Astro's thread and this loader 72 ms, 15 ms of
// it the entries' digests.
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { z } from 'zod';
import { schemaKey } from './schema-key.ts';

/**
 * A loader of the JSON array in `path`, whose entries are known by their `id` and checked against `schema` (the
 * collection's): an entry is kept only while both its JSON and the schema are unchanged. Like file(), it loads the
 * file again when the dev server sees it change.
 */
export function keptEntriesLoader(path: string, schema: z.ZodType): Loader {
  return {
    name: 'casebook-entries',
    load: async (context) => {
      const key = schemaKey(schema);
      await loadEntries(path, key, context);
      context.watcher?.add(path);
      context.watcher?.on('change', (changed) => {
        if (changed === path) void loadEntries(path, key, context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}

async function loadEntries(path: string, schema: string, { store, config, generateDigest, parseData }: LoaderContext): Promise<void> {
  let items: unknown;
  try {
    items = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} could not be read as JSON (${error instanceof Error ? error.message : String(error)}); run the build again`, { cause: error });
  }
  if (!Array.isArray(items)) throw new Error(`${path} does not hold an array of entries; run the build again`);
  const filePath = relative(config.root.pathname, path);
  const ids = new Set<string>();
  for (const [i, item] of items.entries()) {
    const id: unknown = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${path}: entry ${i} has no id; run the build again`);
    if (ids.has(id)) throw new Error(`${path}: the id ${id} is used twice; run the build again`);
    ids.add(id);
    const digest = generateDigest(`${schema}\n${JSON.stringify(item)}`);
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: await parseData({ id, data: item as Record<string, unknown>, filePath }), digest, filePath });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  // The collection lists its entries in the file's order, as file() did: an entry set anew goes to the end of the
  // store, so the kept ones are set again behind it in order when the two differ.
  const order = [...ids];
  if (store.keys().some((id, i) => id !== order[i])) {
    const entries = order.map((id) => store.get(id)!);
    store.clear();
    for (const entry of entries) store.set(entry);
  }
}
