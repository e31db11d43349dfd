// Pagefind bundles for tests: index files packed the way Pagefind 1.5 writes them, and a whole folder as one value.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

const SIGNATURE = 'pagefind_dcd';

/** A value as a Pagefind index file: gzip of the signature and the CBOR. */
export const packIndexFile = (value: unknown): Buffer => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encode(value)]));

/** The value inside a Pagefind index file. */
export const unpackIndexFile = (bytes: Buffer): unknown => decode(gunzipSync(bytes).subarray(SIGNATURE.length));

/** Every file under `dir` by its path below `dir`, with its bytes in base64, to compare two folders whole. */
export async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = (await readFile(join(entry.parentPath, entry.name))).toString('base64');
  }
  return files;
}
