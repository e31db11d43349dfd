// A data file that is written while its reader already runs: the dossier is made beside Astro, and the pages that show
// it wait for it; Astro itself starts before the content folder is written, and its loaders wait for that. Beside the
// file, a marker says that it is coming: the writer's process id, and the token of its build, which Astro's thread
// shares through the environment. A reader waits while the marker is there and its writer alive, so a build stopped
// half-way never leaves a reader waiting for ever; and it waits without a time limit only inside the very build that
// wrote the marker, as a process id alone may have been reused.
import { readFileSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeWhole } from './write-whole.ts';

const markerOf = (path: string): string => `${path}.pending`;

/** The environment variable holding the build's token; scripts/build-site.ts sets it before Astro's thread starts. */
export const BUILD_TOKEN_VARIABLE = 'CASEBOOK_BUILD';

/** What this process writes in a marker: its id, and its build's token when it has one. */
const ownMark = (): string => `${process.pid} ${process.env[BUILD_TOKEN_VARIABLE] ?? ''}`.trim();

/**
 * What Astro's loaders wait on while a build writes the content folder: no file is ever written there, only its marker,
 * which the build removes once the content is written and checked.
 */
export function contentWritten(contentDir: string): string {
  return join(contentDir, 'written');
}

const POLL_MS = 50;

/** Says that `path` will be written by this process; written before any reader may look for the file. */
export async function markPending(path: string): Promise<void> {
  await writeFile(markerOf(path), ownMark());
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
  removeOwnMarker(path);
}

/** Removes this process's marker of `path` when the process exits, so that a build that fails leaves none behind. */
export function clearPendingAtExit(path: string): void {
  process.once('exit', () => removeOwnMarker(path));
}

/**
 * Removes the marker of `path` if this process wrote it: one left by another build of the same folder is that build's
 * to remove. Synchronous, as it also runs while the process exits; the marker is a few bytes.
 */
function removeOwnMarker(path: string): void {
  try {
    if (readFileSync(markerOf(path), 'utf8') === ownMark()) rmSync(markerOf(path), { force: true });
  } catch {
    // No marker: nothing to remove.
  }
}

/** How long a reader outside the writing build waits at most: far longer than a build takes, short of for ever. */
const MAX_WAIT_MS = 10 * 60 * 1000;

/**
 * Resolves once the marker of `path` is gone, or at once when it names no live writer: the caller then reads the file.
 * Throws after `maxWaitMs`, in case the marker's process id now belongs to some other process; a reader in the build
 * that wrote the marker (Astro, in the build that makes the content) waits as long as the work takes instead, since a
 * large corpus may take longer than any fixed limit.
 */
export async function whenWritten(path: string, maxWaitMs = MAX_WAIT_MS): Promise<void> {
  const started = performance.now();
  for (;;) {
    let mark: string;
    try {
      mark = await readFile(markerOf(path), 'utf8');
    } catch {
      return;
    }
    const writer = Number(mark.split(' ')[0]);
    if (!isAlive(writer)) return;
    const sameBuild = mark.includes(' ') && mark === ownMark();
    if (!sameBuild && performance.now() - started > maxWaitMs) {
      throw new Error(`${path} is still not written after ${Math.round(maxWaitMs / 1000)} s of waiting for process ${writer}; if no build is running, delete ${markerOf(path)} and build again`);
    }
    await sleep(POLL_MS);
  }
}

/** Whether a process with this id runs (on this machine, for any user). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
