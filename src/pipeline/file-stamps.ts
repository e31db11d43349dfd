// What a build remembers of the files it read, so the next one can tell an unchanged file by its metadata alone, as
// Git's index and make do, instead of reading it: the seeds (read-seeds.ts) and the articles' MDX (Astro's articles
// loader). At 3,000 articles, reading every MDX file again to find the one that changed took about 0.2-0.3 s of
// Astro's thread in a rebuild, and reading and hashing every seed about 0.2 s; looking at their metadata, 10-80 ms.
// Written by hand: it is the few lines of a stat comparison, with the one trap such schemes have (below).
import { readFile } from 'node:fs/promises';
import { statSync, type BigIntStats } from 'node:fs';
import { writeWhole } from './write-whole.ts';

/**
 * How long after its last change a file's stamp can be trusted. File times move in clock ticks (milliseconds apart),
 * so a file read and then changed again within one tick, at the same size, would keep its stamp; a stamp is only
 * remembered once its file has been still for longer than any tick, and otherwise the file is read next time.
 */
export const SETTLED_MS = 100;

/**
 * The same for a file system that keeps whole seconds only (FAT keeps two, ext3 and HFS+ one): a time rounded down
 * makes a file look older than it is, so it must look older than the rounding too.
 */
export const SETTLED_MS_WHOLE_SECONDS = 2_000 + SETTLED_MS;

/** A file's size, inode and change times: any write, rename or replacement changes at least one. */
export interface FileStamp {
  stamp: string;
  /** Whether the file last changed long enough ago for its stamp to be remembered. */
  settled: boolean;
}

/** The stamp of the file at `path` as of now, or undefined when there is none. */
export function fileStamp(path: string, now = Date.now()): FileStamp | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats && stampOf(stats, now);
}

/** The stamp of a file from what stat said of it (with bigint times) at `now`. */
export function stampOf(stats: BigIntStats, now = Date.now()): FileStamp {
  // ctime cannot be set back by a program the way mtime can, so a restored modification time still shows.
  const changed = stats.ctimeNs > stats.mtimeNs ? stats.ctimeNs : stats.mtimeNs;
  const wholeSeconds = stats.mtimeNs % 1_000_000_000n === 0n && stats.ctimeNs % 1_000_000_000n === 0n;
  return {
    stamp: `${stats.size} ${stats.ino} ${stats.mtimeNs} ${stats.ctimeNs}`,
    settled: now - Number(changed / 1_000_000n) > (wholeSeconds ? SETTLED_MS_WHOLE_SECONDS : SETTLED_MS),
  };
}

/** Remembered files by id: the stamp the file had and the digest of what was read from it. */
export type StampRecord = Map<string, { stamp: string; digest: string }>;

/**
 * The record in `path` if it was written under the same `key` (what else decides the loader's output, such as its
 * version); an empty one when it is missing, unreadable or of another key, so every file is read again.
 */
export async function readStamps(path: string, key: string): Promise<StampRecord> {
  try {
    const saved = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (!isSaved(saved) || saved.key !== key) return new Map();
    return new Map(Object.entries(saved.files).map(([id, [stamp, digest]]) => [id, { stamp, digest }]));
  } catch {
    return new Map();
  }
}

/** Writes `record` under `key`, whole. */
export async function writeStamps(path: string, key: string, record: StampRecord): Promise<void> {
  const files = Object.fromEntries([...record].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, { stamp, digest }]) => [id, [stamp, digest]]));
  await writeWhole(path, `${JSON.stringify({ key, files })}\n`);
}

function isSaved(value: unknown): value is { key: string; files: Record<string, [string, string]> } {
  if (typeof value !== 'object' || value === null) return false;
  const { key, files } = value as { key?: unknown; files?: unknown };
  if (typeof key !== 'string' || typeof files !== 'object' || files === null) return false;
  return Object.values(files).every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'));
}
