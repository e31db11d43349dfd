// A data file written while its reader already runs: the reader waits for it, and never for a writer that is gone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { BUILD_TOKEN_VARIABLE, clearPending, markPending, whenWritten, writeWhenKnown } from '../../src/pipeline/pending-file.ts';

const PENDING_FILE = fileURLToPath(new URL('../../src/pipeline/pending-file.ts', import.meta.url));

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

  test('a reader in the build that wrote the marker waits past that limit, for as long as the writing takes', async () => {
    const path = await dataPath();
    await inBuild('build-1', async () => {
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

  test('a marker with this process id but another build token is taken for a reused id, and given up on', async () => {
    const path = await dataPath();
    await inBuild('build-1', () => markPending(path));
    await inBuild('build-2', async () => {
      await expect(whenWritten(path, 200)).rejects.toThrow(`delete ${path}.pending and build again`);
      await clearPending(path);
    });
    expect(existsSync(`${path}.pending`)).toBe(true);
  });

  test('a build that exits without clearing its marker leaves none behind', () => {
    const path = join(tmpdir(), `pending-exit-${process.pid}-${Date.now()}`);
    const script = `import { markPending, clearPendingAtExit } from ${JSON.stringify(PENDING_FILE)};
      await markPending(${JSON.stringify(path)}); clearPendingAtExit(${JSON.stringify(path)}); process.exit(1);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(1);
    expect(existsSync(`${path}.pending`)).toBe(false);
  });
});

/** Runs `work` as if in the build with `token`, as scripts/build-site.ts sets it. */
async function inBuild<T>(token: string, work: () => Promise<T>): Promise<T> {
  const before = process.env[BUILD_TOKEN_VARIABLE];
  process.env[BUILD_TOKEN_VARIABLE] = token;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env[BUILD_TOKEN_VARIABLE];
    else process.env[BUILD_TOKEN_VARIABLE] = before;
  }
}
