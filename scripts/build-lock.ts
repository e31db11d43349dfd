// One Astro build at a time per checkout. Astro keeps build state under <root>/.astro (generated content modules, and
// the prerender chunks of any build whose output folder lies outside the working directory), so two builds from one
// checkout at once overwrite each other's files. The lock is a file holding the owner's process id; a lock left by a
// process that no longer runs is taken over.
import { rmSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isAlive } from '../src/pipeline/pending-file.ts';

const RETRY_MS = 250;

/** A held lock; `release` removes it and is safe to call twice. */
export interface BuildLock {
  release(): Promise<void>;
}

/** Waits until no other live process holds `path`, then holds it; `onWait` is told once whom it waits for. */
export async function acquireBuildLock(path: string, onWait: (pid: number) => void = () => {}): Promise<BuildLock> {
  await mkdir(dirname(path), { recursive: true });
  let told = false;
  for (;;) {
    // The pid is written to a file of our own first and then linked into place, so the lock never exists empty.
    const mine = `${path}.${process.pid}`;
    await writeFile(mine, String(process.pid));
    try {
      await link(mine, path);
      await rm(mine, { force: true });
      let held = true;
      // A build that exits on an error must not leave the lock behind for the next one to inspect.
      process.once('exit', () => {
        if (held) rmSync(path, { force: true });
      });
      return {
        async release() {
          if (!held) return;
          held = false;
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      await rm(mine, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    // Our own pid in the lock can only be left from an earlier process that had it (pids are reused in containers).
    if (!Number.isInteger(owner) || owner <= 0 || owner === process.pid || !isAlive(owner)) {
      await rm(path, { force: true });
      continue;
    }
    if (!told) {
      onWait(owner);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
