// Astro empties the output folder before it writes, one file at a time on its main thread (about 2 s for the 7,000
// files of a 3,000-article site). Moving the old site aside and deleting it on libuv's thread pool lets that happen
// while Astro works, so a rebuild does not wait for it.
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

/** Moves `outDir` aside and starts deleting it, with what killed builds left aside; settles once all is gone, never rejects. */
export async function clearOutputInBackground(outDir: string): Promise<{ deleted: Promise<void> }> {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.old-`;
  const leftovers = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name));
  const aside = `${prefix}${process.pid}`;
  // The folder Casebook runs in (or one holding it) is never moved: Astro refuses such an output folder itself.
  const holdsWorkingDir = !relative(outDir, process.cwd()).startsWith('..');
  const moved = !holdsWorkingDir && (await rename(outDir, join(parent, aside)).then(() => true, () => false));
  const doomed = [...leftovers, ...(moved ? [join(parent, aside)] : [])];
  return { deleted: Promise.all(doomed.map((dir) => rm(dir, { recursive: true, force: true }).catch(() => undefined))).then(() => undefined) };
}
