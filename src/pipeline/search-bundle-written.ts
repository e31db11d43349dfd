// Waits for the bytes of a Pagefind bundle to be on disk. Pagefind 1.5 answers writeFiles once every file is created
// and its bytes handed to a background thread (tokio's File, dropped without a flush), so right after the answer a
// file can still be empty: in one loaded test run, pagefind-entry.json read that way did not parse. Pagefind writes no
// empty file, and each file's bytes in one write, so a bundle with no empty file is whole. Reading the directory is
// cheap next to the write (about 5,000 files at 3,000 articles); stopping Pagefind before would lose the bytes.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 20;

/** Resolves once no file under `bundleDir` is empty; throws, naming one, if some still are after `timeoutMs`. */
export async function whenBundleWritten(bundleDir: string, timeoutMs = 30_000): Promise<void> {
  const started = performance.now();
  const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
  // Every file exists once Pagefind answers, and one that has its bytes keeps them: only the empty ones are looked at again.
  let empty = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  for (;;) {
    empty = await emptyOf(empty);
    if (empty.length === 0) return;
    if (performance.now() - started > timeoutMs) {
      throw new Error(`Pagefind answered that it wrote ${bundleDir}, but ${empty.length} of its files are still empty after ${Math.round(timeoutMs / 1000)} s, ${empty[0]} among them`);
    }
    await sleep(POLL_MS);
  }
}

async function emptyOf(files: string[]): Promise<string[]> {
  const sizes = await Promise.all(files.map((file) => stat(file).then((s) => s.size)));
  return files.filter((_, i) => sizes[i] === 0);
}
