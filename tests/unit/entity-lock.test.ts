// The lock of published entity ids, written where the build is told, even into a content folder that does not exist yet.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readLock, writeLock } from '../../src/pipeline/entity-lock.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('writes the lock into a folder that does not exist yet and reads it back', async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-lock-'));
  const path = join(dir, 'new-content', 'entities.lock.json');
  const lock = { ids: { 'jane-doe': { name: 'Jane Doe', type: 'person' as const } } };
  await writeLock(path, lock);
  expect(await readLock(path)).toEqual(lock);
});
