// A data file that is written while its reader already runs: the dossier is made beside Astro, and the pages that show
// it wait for it; Astro itself starts before the content folder is written, and its loaders wait for that. Beside the
// file, a marker holding the writer's process id says that it is coming; a reader waits while the marker is there and
// its writer alive, so a build stopped half-way never leaves a reader waiting for ever.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeWhole } from './write-whole.ts';

const markerOf = (path: string): string => `${path}.pending`;

/**
 * What Astro's loaders wait on while a build writes the content folder: the build starts Astro before the pipeline is
 * done, and marks this as coming until the content is written and checked.
 */
export function contentWritten(contentDir: string): string {
  return join(contentDir, 'written');
}

const POLL_MS = 50;

/** Says that `path` will be written by this process; written before any reader may look for the file. */
export async function markPending(path: string): Promise<void> {
  await writeFile(markerOf(path), String(process.pid));
}

/**
 * Writes `text` to `path` once it is known, whole (beside, then renamed), and removes the marker; when `text` fails,
 * the marker is removed all the same, so that a reader stops waiting and reports the missing file.
 */
export async function writeWhenKnown(path: string, text: Promise<string>): Promise<void> {
  try {
    await writeWhole(path, await text);
  } finally {
    await clearPending(path);
  }
}

/** Says that what `path` stands for is ready after all, without writing it: readers waiting on it go on. */
export async function clearPending(path: string): Promise<void> {
  await rm(markerOf(path), { force: true });
}

/** How long a reader waits at most for another process: far longer than any build takes, short of waiting for ever. */
const MAX_WAIT_MS = 10 * 60 * 1000;

/**
 * Resolves once `path` exists, or at once when no live writer has marked it as coming: the caller then reads it.
 * Waiting for another process throws after `maxWaitMs`, in case the marker's process id now belongs to some other
 * process. A reader in the writing process itself (Astro in the build that makes the content) waits as long as the
 * work takes: that id cannot have been reused, and a large corpus may take longer than any fixed limit.
 */
export async function whenWritten(path: string, maxWaitMs = MAX_WAIT_MS): Promise<void> {
  const started = performance.now();
  for (;;) {
    let writer: number;
    try {
      writer = Number(await readFile(markerOf(path), 'utf8'));
    } catch {
      return;
    }
    if (!isAlive(writer)) return;
    if (writer !== process.pid && performance.now() - started > maxWaitMs) {
      throw new Error(`${path} is still not written after ${Math.round(maxWaitMs / 1000)} s of waiting for process ${writer}; if no build is running, delete ${markerOf(path)} and build again`);
    }
    await sleep(POLL_MS);
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
