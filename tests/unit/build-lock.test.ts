import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireBuildLock } from '../../scripts/build-lock.ts';

describe('the build lock', () => {
  test('waits while another live process holds the lock, then takes it', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'casebook-lock-')), 'build.lock');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1500)']);
    await writeFile(path, String(holder.pid));
    let waitedFor = 0;
    let exited = false;
    holder.on('exit', () => (exited = true));
    const lock = await acquireBuildLock(path, (pid) => (waitedFor = pid));
    expect(waitedFor).toBe(holder.pid);
    expect(exited).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(String(process.pid));
    await lock.release();
  });

  test('holds the lock under its own pid and removes it on release', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'casebook-lock-')), 'build.lock');
    const first = await acquireBuildLock(path);
    await expect(readFile(path, 'utf8')).resolves.toBe(String(process.pid));
    await first.release();
    await expect(readFile(path, 'utf8')).rejects.toThrow();
  });

  test('takes over a lock left by a process that no longer runs', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'casebook-lock-')), 'build.lock');
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    await writeFile(path, String(gone.pid));
    const lock = await acquireBuildLock(path);
    expect(await readFile(path, 'utf8')).toBe(String(process.pid));
    await lock.release();
  });
});
