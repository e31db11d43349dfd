import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireBuildLock } from '../../scripts/build-lock.ts';

describe('the build lock', () => {
  test('lets a second holder in only after the first releases', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'casebook-lock-')), 'build.lock');
    const first = await acquireBuildLock(path);
    const order: string[] = [];
    let waitedFor = 0;
    const second = acquireBuildLock(path, (pid) => (waitedFor = pid)).then((lock) => {
      order.push('second');
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    order.push('first releases');
    await first.release();
    await (await second).release();
    expect(order).toEqual(['first releases', 'second']);
    expect(waitedFor).toBe(process.pid);
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
