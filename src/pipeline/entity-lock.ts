// Permanent ids: every id a build published is kept in a committed lock file and resolves forever.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { entityLockSchema, type EntityLock, type RetiredId } from './schemas.ts';
import { nameToEntityId, type EntityId } from './ids.ts';
import type { Entity } from './types.ts';

/** Reads the lock; a missing file is an empty lock (a first build). */
export async function readLock(path: string): Promise<EntityLock> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ids: {} };
    throw new Error(`Cannot read the entity lock ${path}`, { cause: error });
  }
  const parsed = entityLockSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`The entity lock ${path} is damaged; restore it from git (git checkout -- ${path})`);
  return parsed.data;
}

/** The lock extended with this build's entities, keys sorted so the file diffs cleanly. */
export function extendLock(lock: EntityLock, entities: Entity[]): EntityLock {
  const ids: EntityLock['ids'] = { ...lock.ids };
  for (const e of entities) ids[e.id] = { name: e.name, type: e.type };
  return { ids: Object.fromEntries(Object.entries(ids).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** Writes the lock back beside the registry. */
export async function writeLock(path: string, lock: EntityLock): Promise<void> {
  // The first build into a new --content folder writes its lock before any other file is there.
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(lock, null, 2)}\n`);
}

/**
 * Ids in the lock that no current entity has: each redirects to the entity that took it over (a registry
 * entry listing it in formerIds, or an entity with that name among its aliases), or else is marked gone.
 */
export function retiredIds(lock: EntityLock, entities: Entity[], formerIds: Map<string, EntityId>): RetiredId[] {
  const current = new Set<string>(entities.map((e) => e.id));
  const byAlias = new Map<string, EntityId>();
  for (const e of entities) for (const alias of [e.name, ...e.aliases]) if (!byAlias.has(nameToEntityId(alias))) byAlias.set(nameToEntityId(alias), e.id);
  return Object.entries(lock.ids)
    .filter(([id]) => !current.has(id))
    .map(([id, { name }]) => {
      const target = formerIds.get(id) ?? byAlias.get(id) ?? byAlias.get(nameToEntityId(name)) ?? null;
      return { id, name, redirectTo: target !== null && current.has(target) ? target : null };
    });
}
