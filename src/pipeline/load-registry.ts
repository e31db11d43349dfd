// Reads content/entities.yaml, the editor's registry of entities, and checks it against its schema.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { registrySchema, type RegistryEntry } from './schemas.ts';

/** Loads the registry; a missing file is an empty registry, a malformed one a setup error that says where. */
export async function loadRegistry(path: string): Promise<RegistryEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Cannot read the entity registry ${path}`, { cause: error });
  }
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true, maxAliasCount: 0 });
  } catch (error) {
    throw new Error(`The entity registry ${path} is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const parsed = registrySchema.safeParse(data ?? { entities: [] });
  if (!parsed.success) {
    throw new Error(`The entity registry ${path} does not fit its schema:\n${z.prettifyError(parsed.error)}`);
  }
  const seen = new Set<string>();
  for (const entry of parsed.data.entities) {
    if (seen.has(entry.id)) throw new Error(`The entity registry ${path} lists the id "${entry.id}" twice; merge the two entries`);
    seen.add(entry.id);
  }
  return parsed.data.entities;
}
