// The output folder across builds. Astro's incremental build leaves a page that is already in the output folder as it
// is when the page's data did not change, and copies it back from its cache when it is missing; so a rebuild keeps
// the last site in place (at 3,000 articles Astro with nothing changed took 10.5 s instead of 15 s) and afterwards
// deletes only what this build no longer makes. A folder is kept only when the last build that completed into it
// used this content folder's caches: the cache records the home page file that build left (device, inode and
// modification time in nanoseconds), which any other build, or a stopped one, replaces. Any other folder is moved
// aside and deleted on libuv's thread pool while Astro works, since emptying 7,000 files on Astro's main thread took
// about 2 s.
import type { AstroIntegration } from 'astro';
import { fdir } from 'fdir';
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page every build writes anew, whose file tells one build's output folder from another's. */
const WITNESS = 'index.html';

/** What the cache keeps about the output folder its last build completed into. */
interface OutputRecord {
  outDir?: string;
  witness?: string;
}

/** The output folder of one build, from before Astro runs until the site is complete. */
export interface OutputFolder {
  /** True when the last site stays in place, so Astro keeps its unchanged pages instead of writing them again. */
  kept: boolean;
  /** Settles once an old site moved aside (and any left by killed builds) is deleted; never rejects. */
  deleted: Promise<void>;
  /** After Astro: deletes the files this build neither wrote nor lists among its pages, and the folders left empty. */
  prune(pages: Iterable<string>): Promise<number>;
  /** After the last stage: records that the folder holds this cache's complete site, for the next build to keep. */
  complete(): Promise<void>;
}

/** Whether `outDir` holds the site that the last build with the caches in `cacheDir` completed, untouched since. */
export async function isLastSite(outDir: string, cacheDir: string): Promise<boolean> {
  const last: OutputRecord = await readFile(join(cacheDir, 'output.json'), 'utf8').then((text) => JSON.parse(text) as OutputRecord, () => ({}));
  return last.outDir === outDir && last.witness !== undefined && last.witness === (await witnessOf(outDir));
}

/** Decides whether the site in `outDir` can stay for a build with the caches in `cacheDir`, and clears it if not. */
export async function prepareOutput(outDir: string, cacheDir: string): Promise<OutputFolder> {
  const record = join(cacheDir, 'output.json');
  const kept = await isLastSite(outDir, cacheDir);
  // Until this build completes the folder is half old and half new: a build stopped on the way must not keep it.
  await rm(record, { force: true });
  const { deleted } = await clearOutputInBackground(outDir, kept);
  // Files written from now on carry a later time than this one, in the file system's own clock.
  await mkdir(cacheDir, { recursive: true });
  const startedFile = join(cacheDir, 'output-started');
  await writeFile(startedFile, '');
  const started = (await stat(startedFile)).mtimeMs;
  return {
    kept,
    deleted,
    prune: async (pages) => (kept ? pruneOutput(outDir, new Set(pages), started) : 0),
    complete: async () => writeFile(record, JSON.stringify({ outDir, witness: await witnessOf(outDir) })),
  };
}

/** The identity of the output folder's home page file, or undefined when it has none. */
async function witnessOf(outDir: string): Promise<string | undefined> {
  const file = await stat(join(outDir, WITNESS), { bigint: true }).catch(() => undefined);
  return file && `${file.dev}:${file.ino}:${file.mtimeNs}`;
}

/** An integration that hands over, once Astro is done, the file of every page it wrote or kept. */
export function listPages(onPages: (files: string[]) => void): AstroIntegration {
  return {
    name: 'casebook-list-pages',
    hooks: {
      'astro:build:done': ({ assets }) => onPages([...assets.values()].flat().map((url) => fileURLToPath(url))),
    },
  };
}

/**
 * Moves `outDir` aside and starts deleting it, with what killed builds left aside; with `keep`, only the leftovers go.
 * Settles once all is gone, never rejects.
 */
export async function clearOutputInBackground(outDir: string, keep = false): Promise<{ deleted: Promise<void> }> {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.old-`;
  const leftovers = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name));
  const aside = join(parent, `${prefix}${process.pid}`);
  // The folder Casebook runs in (or one holding it) is never moved: Astro refuses such an output folder itself.
  const holdsWorkingDir = !relative(outDir, process.cwd()).startsWith('..');
  const moved = !keep && !holdsWorkingDir && (await rename(outDir, aside).then(() => true, () => false));
  const doomed = [...leftovers, ...(moved ? [aside] : [])];
  return { deleted: Promise.all(doomed.map((dir) => rm(dir, { recursive: true, force: true }).catch(() => undefined))).then(() => undefined) };
}

/**
 * Deletes each file under `outDir` that is not in `pages` and was last written before `since`; returns how many.
 * The folder is listed with fdir, which reads its sub-folders side by side: Node's recursive readdir reads them one
 * after the other, and at 3,000 articles (5,000 page folders) it took about 0.3 s of a rebuild's last stretch, fdir
 * 0.05-0.1 s. Links are left alone, as files the site did not write.
 */
async function pruneOutput(outDir: string, pages: ReadonlySet<string>, since: number): Promise<number> {
  const files = (await new fdir().withFullPaths().crawl(outDir).withPromise()).filter((file) => !pages.has(file));
  const stats = await Promise.all(files.map((file) => lstat(file)));
  const stale = files.filter((_, i) => stats[i]!.isFile() && stats[i]!.mtimeMs < since);
  await Promise.all(stale.map((file) => rm(file, { force: true })));
  // A removed page leaves its folder (articles/<slug>/) empty; remove such folders up to the output folder.
  for (const folder of new Set(stale.map(dirname))) {
    for (let dir = folder; dir !== outDir && !relative(outDir, dir).startsWith('..'); dir = dirname(dir)) {
      if (!(await rmdir(dir).then(() => true, () => false))) break;
    }
  }
  return stale.length;
}
