// Makes Pagefind's bundle byte-identical across builds of the same site.
// Pagefind 1.5 writes filter values, and the list of filters in its metadata, in hash-map order, which changes from
// run to run (its maintainers say so in Pagefind issue #638). No option turns that off, so this stage sorts them after
// Pagefind has written its files, and renames the files it rewrites by the hash of their new content.
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** Every Pagefind index file starts with this signature once decompressed. */
const SIGNATURE = Buffer.from('pagefind_dcd');

type Filter = [name: string, values: Array<[value: string, pages: number[]]>];
/** A language's metadata file: its pages (fragment hash, word count), index chunks (first word, last word, hash) and filters. */
export type Meta = [version: string, pages: Array<[hash: string, words: number]>, chunks: Array<[first: string, last: string, hash: string]>, filters: Array<[name: string, hash: string]>, ...rest: unknown[]];
/** pagefind-entry.json: the version that wrote the bundle and each language's metadata file. */
export interface Entry {
  version: string;
  languages: Record<string, { hash: string }>;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts filter values and filter lists in the bundle at `bundleDir`, renaming the files it changes. */
export async function stabiliseSearchIndex(bundleDir: string): Promise<void> {
  const entryPath = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as Entry;
  const renamed = new Map<string, string>();
  for (const name of (await readdir(join(bundleDir, 'filter'))).sort()) {
    const oldHash = name.replace(/\.pf_filter$/u, '');
    const filter = readIndexFile<Filter>(await readFile(join(bundleDir, 'filter', name)));
    filter[1].sort(([a], [b]) => compare(a, b));
    const newHash = await rewrite(join(bundleDir, 'filter', name), filter, oldHash, (hash) => join(bundleDir, 'filter', `${hash}.pf_filter`), 7);
    renamed.set(oldHash, newHash);
  }
  for (const language of Object.values(entry.languages)) {
    const metaPath = join(bundleDir, `pagefind.${language.hash}.pf_meta`);
    const meta = readIndexFile<Meta>(await readFile(metaPath));
    meta[3] = meta[3].map(([filter, hash]): [string, string] => [filter, renamed.get(hash) ?? hash]).sort(([a], [b]) => compare(a, b));
    language.hash = await rewrite(metaPath, meta, language.hash, (hash) => join(bundleDir, `pagefind.${hash}.pf_meta`), 10);
  }
  await writeFile(entryPath, JSON.stringify(entry));
}

/** The value inside one Pagefind index file (gzip, signature, CBOR); throws on a file of another format. */
export function readIndexFile<T>(compressed: Buffer): T {
  const bytes = gunzipSync(compressed);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Pagefind wrote an index file in a format this version of Casebook does not know');
  return decode(bytes.subarray(SIGNATURE.length)) as T;
}

/** Writes `value` as a Pagefind index file named by the hash of its content, keeping the language prefix of the old name. */
async function rewrite(path: string, value: unknown, oldHash: string, pathFor: (hash: string) => string, hashLength: number): Promise<string> {
  const bytes = Buffer.concat([SIGNATURE, encode(value)]);
  const prefix = oldHash.slice(0, oldHash.indexOf('_') + 1);
  const hash = `${prefix}${createHash('sha256').update(bytes).digest('hex').slice(0, hashLength)}`;
  await writeFile(path, gzipSync(bytes, { level: 9 }));
  if (hash !== oldHash) {
    await rm(pathFor(hash), { force: true });
    await rename(path, pathFor(hash));
  }
  return hash;
}
