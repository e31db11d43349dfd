// A data file written while its reader already runs: the reader waits for it, and never for a writer that is gone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { markPending, whenWritten, writeWhenKnown } from '../../src/pipeline/pending-file.ts';

async function dataPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'pending-')), 'dossier.json');
}

describe('a data file written while its reader runs', () => {
  test('a reader waits until the file is written whole, then finds it', async () => {
    const path = await dataPath();
    await markPending(path);
    let seen: string | null = null;
    const reading = whenWritten(path).then(async () => (seen = await readFile(path, 'utf8')));
    await sleep(150);
    expect(seen).toBeNull();
    await writeWhenKnown(path, sleep(100).then(() => '{"all":1}\n'));
    await reading;
    expect(seen).toBe('{"all":1}\n');
    expect(existsSync(`${path}.pending`)).toBe(false);
  });

  test('a reader does not wait for a file nobody marked as coming', async () => {
    const path = await dataPath();
    await whenWritten(path);
    expect(existsSync(path)).toBe(false);
  });

  test('when the text fails, the marker goes and the reader stops waiting, with no file', async () => {
    const path = await dataPath();
    await markPending(path);
    const reading = whenWritten(path);
    await expect(writeWhenKnown(path, Promise.reject(new Error('the dossier failed')))).rejects.toThrow('the dossier failed');
    await reading;
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.pending`)).toBe(false);
  });

  test('a marker left by a process that is gone, or holding no process, is not waited for', async () => {
    const path = await dataPath();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    for (const holder of [gone, 'not a process id', '']) {
      await writeFile(`${path}.pending`, holder);
      await whenWritten(path);
      expect(existsSync(path)).toBe(false);
    }
  });

  test('a reader gives up on another process, saying which marker to delete, when the file never comes', async () => {
    const path = await dataPath();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      await writeFile(`${path}.pending`, String(other.pid));
      await expect(whenWritten(path, 200)).rejects.toThrow(`delete ${path}.pending and build again`);
    } finally {
      other.kill();
    }
  });

  test('a reader in the writing process itself waits past that limit, for as long as the writing takes', async () => {
    const path = await dataPath();
    await markPending(path);
    let waited = false;
    const reading = whenWritten(path, 100).then(() => (waited = true));
    await sleep(400);
    expect(waited).toBe(false);
    await writeWhenKnown(path, Promise.resolve('{"all":1}\n'));
    await reading;
    expect(waited).toBe(true);
  });
});
