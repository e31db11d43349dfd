// Reads the seed folder: regular .txt files only, nothing outside the folder, nothing too large.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { compareCodePoints } from './assign-slugs.ts';
import type { SeedWarning } from './types.ts';

/** A seed file's name and bytes. */
export interface SeedFile {
  file: string;
  bytes: Uint8Array;
}

/** Default largest seed, in bytes; a news article is far smaller. */
export const DEFAULT_MAX_SEED_BYTES = 2 * 1024 * 1024;

/** Lists and reads the seeds in name order, warning (by file name) about everything it passes over. */
export async function readSeeds(dir: string, maxBytes = DEFAULT_MAX_SEED_BYTES): Promise<{ seeds: SeedFile[]; warnings: SeedWarning[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new Error(`Cannot read the seed folder ${dir}: check the path given to --seeds`, { cause: error });
  }
  const root = await realpath(dir);
  const seeds: SeedFile[] = [];
  const warnings: SeedWarning[] = [];
  const skip = (file: string, message: string): void => void warnings.push({ file, message, skipped: true });

  for (const file of names.sort(compareCodePoints)) {
    if (file.startsWith('.')) continue;
    const path = join(dir, file);
    const link = await lstat(path);
    if (link.isSymbolicLink()) {
      const target = await realpath(path).catch(() => null);
      const inside = target !== null && !isAbsolute(relative(root, target)) && !relative(root, target).startsWith('..');
      if (!inside) {
        skip(file, 'it is a symbolic link to a place outside the seed folder; copy the article into the folder instead');
        continue;
      }
    }
    const info = await stat(path).catch(() => null);
    if (info === null) {
      skip(file, 'it cannot be read (a broken link?)');
      continue;
    }
    if (info.isDirectory()) {
      skip(file, 'it is a folder; seeds are the .txt files directly in the seed folder');
      continue;
    }
    if (!info.isFile() || !file.toLowerCase().endsWith('.txt')) {
      skip(file, 'it is not a .txt file; save the article as plain text with a .txt name');
      continue;
    }
    if (info.size > maxBytes) {
      skip(file, `it is ${info.size} bytes, over the ${maxBytes}-byte limit for one article; split it or raise --max-seed-bytes`);
      continue;
    }
    seeds.push({ file, bytes: new Uint8Array(await readFile(path)) });
  }
  return { seeds, warnings };
}
