// Reads the seed folder: regular .txt files only, nothing outside the folder, nothing too large.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import pLimit from 'p-limit';
import { compareCodePoints } from './assign-slugs.ts';
import { digestOf } from './build-cache.ts';
import { stampOf, type FileStamp, type StampRecord } from './file-stamps.ts';
import type { SeedWarning } from './types.ts';

/** A seed file's name and bytes. */
export interface SeedFile {
  file: string;
  bytes: Uint8Array;
}

/**
 * A seed as the folder lists it: its name, the digest of its bytes and its stamp, and its bytes unless its stamp was
 * the one remembered with that digest, when they are not read (readSeedBytes reads them if they are needed after all).
 */
export interface ListedSeed {
  file: string;
  digest: string;
  stamp: FileStamp;
  bytes: Uint8Array | undefined;
}

/** Default largest seed, in bytes; a news article is far smaller. */
export const DEFAULT_MAX_SEED_BYTES = 2 * 1024 * 1024;

/**
 * How many seed files are being read at once. One after the other, each file's system calls wait their turn on Node's
 * thread pool: 3,000 seeds took 0.9-2.2 s to read that way. A bound, not all at once, so that a folder of many thousand
 * files does not hold as many open files.
 */
export const SEED_READS_AT_ONCE = 32;

/**
 * Lists and reads the seeds in name order, warning (by file name) about everything it passes over. A seed whose stamp
 * is the one `remembered` for its name is not read: its digest is the remembered one.
 */
export async function readSeeds(dir: string, maxBytes = DEFAULT_MAX_SEED_BYTES, remembered: StampRecord = new Map()): Promise<{ seeds: ListedSeed[]; warnings: SeedWarning[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new Error(`Cannot read the seed folder ${dir}: check the path given to --seeds`, { cause: error });
  }
  const root = await realpath(dir);
  const limit = pLimit(SEED_READS_AT_ONCE);
  const files = names.filter((file) => !file.startsWith('.')).sort(compareCodePoints);
  // Each file is checked at once, on this thread: a stat answered from the kernel's cache takes microseconds, and
  // 3,000 of them as promises through the thread pool took about 0.15 s of a rebuild's main thread, which then reads
  // only the seeds that changed. Read in any order, kept in name order: each result is placed by the file's position.
  const outcomes = await Promise.all(
    files.map((file) => {
      const checked = checkSeed(dir, root, file, maxBytes, remembered);
      return 'unread' in checked ? limit(() => readChecked(dir, checked)) : checked;
    }),
  );
  const seeds: ListedSeed[] = [];
  const warnings: SeedWarning[] = [];
  for (const outcome of outcomes) {
    if ('digest' in outcome) seeds.push(outcome);
    else warnings.push(outcome);
  }
  return { seeds, warnings };
}

/** A seed whose stamp is not the one remembered: its bytes are to be read. */
interface UnreadSeed {
  file: string;
  stamp: FileStamp;
  unread: true;
}

/** One entry of the folder: why it is passed over, the seed known by its remembered stamp, or a seed to read. */
function checkSeed(dir: string, root: string, file: string, maxBytes: number, remembered: StampRecord): ListedSeed | SeedWarning | UnreadSeed {
  const skip = (message: string): SeedWarning => ({ file, message, skipped: true });
  const path = join(dir, file);
  const link = orNull(() => lstatSync(path, { bigint: true, throwIfNoEntry: false }));
  // Gone since the folder was listed, or not ours to read.
  if (link === null) return skip('it cannot be read (was it moved or deleted during the build?)');
  // For anything but a link, what lstat says is what stat would.
  let info = link;
  if (link.isSymbolicLink()) {
    const target = orNull(() => realpathSync(path));
    const inside = target !== null && !isAbsolute(relative(root, target)) && !relative(root, target).startsWith('..');
    if (!inside) return skip('it is a symbolic link to a place outside the seed folder; copy the article into the folder instead');
    const followed = orNull(() => statSync(path, { bigint: true, throwIfNoEntry: false }));
    if (followed === null) return skip('it cannot be read (a broken link?)');
    info = followed;
  }
  if (info.isDirectory()) return skip('it is a folder; seeds are the .txt files directly in the seed folder');
  if (!info.isFile() || !file.toLowerCase().endsWith('.txt')) return skip('it is not a .txt file; save the article as plain text with a .txt name');
  if (info.size > BigInt(maxBytes)) {
    return skip(`it is ${info.size} bytes, over the ${maxBytes}-byte limit for one article; split it or raise --max-seed-bytes`);
  }
  const stamp = stampOf(info);
  const known = remembered.get(file);
  if (known?.stamp === stamp.stamp) return { file, digest: known.digest, stamp, bytes: undefined };
  return { file, stamp, unread: true };
}

/** What a file system call gave, or null when it failed or found nothing. */
function orNull<T>(call: () => T | undefined): T | null {
  try {
    return call() ?? null;
  } catch {
    return null;
  }
}

/** A seed to read, with its bytes and their digest. */
async function readChecked(dir: string, { file, stamp }: UnreadSeed): Promise<ListedSeed> {
  const bytes = new Uint8Array(await readFile(join(dir, file)));
  return { file, digest: digestOf(bytes), stamp, bytes };
}

/**
 * The seed with its bytes, read now if they were not (a seed known unchanged whose ingest result is not kept). Bytes
 * read now must still be the ones its digest was taken from: the result is kept under that digest.
 */
export async function readSeedBytes(dir: string, seed: ListedSeed): Promise<SeedFile> {
  if (seed.bytes) return { file: seed.file, bytes: seed.bytes };
  const bytes = new Uint8Array(await readFile(join(dir, seed.file)));
  if (digestOf(bytes) !== seed.digest) throw new Error(`the seed ${seed.file} changed while the build was reading the seed folder; run the build again`);
  return { file: seed.file, bytes };
}
