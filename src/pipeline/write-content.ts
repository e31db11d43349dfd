// Writes what the site reads: one MDX file per article and JSON data files, replacing the previous build's.
// The JSON is written compact: it is read by Astro, not by people, and at thousands of articles indentation is a third of it.
import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf, type KeyedStore } from './build-cache.ts';
import { articleToMdx } from './emit-mdx.ts';
import { markPending } from './pending-file.ts';
import type { Article } from './types.ts';
import { writeWhole } from './write-whole.ts';

/** Folder names under the content folder that the pipeline owns and rewrites on every build. */
export const GENERATED_DIRS = { articles: 'articles', data: 'data' } as const;

/** Where the data file `name` goes in the content folder. */
export function dataFile(contentDir: string, name: string): string {
  return join(contentDir, GENERATED_DIRS.data, `${name}.json`);
}

/**
 * Replaces the generated articles and data with this build's; the editor's files beside them are untouched. With
 * `written` (the digest of each article as last written), an article whose file already holds it is not serialised
 * again, and files of articles that are gone are removed. The data files named in `pending` are marked as coming:
 * the caller writes them later (pending-file.ts).
 */
export async function writeContent(
  contentDir: string,
  articles: Article[],
  data: Record<string, unknown>,
  written?: KeyedStore<string>,
  pending: string[] = [],
): Promise<void> {
  const articlesDir = join(contentDir, GENERATED_DIRS.articles);
  const dataDir = join(contentDir, GENERATED_DIRS.data);
  if (!written) await rm(articlesDir, { recursive: true, force: true });
  // Everything in the data folder goes but the keyed files that already hold what this build would write.
  const keyed = Object.entries(data).filter((entry): entry is [string, KeyedData] => entry[1] instanceof KeyedData);
  const holding = await Promise.all(keyed.map(async ([name, file]) => ((await keyOfDataFile(dataFile(contentDir, name))) === file.key ? name : null)));
  const kept = new Set(holding.filter((name) => name !== null));
  await mkdir(articlesDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  const keptFiles = new Set([...kept].map((name) => `${name}.json`));
  await Promise.all((await readdir(dataDir)).filter((entry) => !keptFiles.has(entry)).map((entry) => rm(join(dataDir, entry), { recursive: true, force: true })));
  await Promise.all(pending.map((name) => markPending(dataFile(contentDir, name))));
  const present = new Set(await readdir(articlesDir));
  const names = new Set<string>();
  const changed = articles.filter((article) => {
    const name = `${article.slug}.mdx`;
    names.add(name);
    if (!written) return true;
    const digest = mdxInputsDigest(article);
    const unchanged = present.has(name) && written.get(name) === digest;
    written.set(name, digest);
    return !unchanged;
  });
  // On this thread: serialising is about 0.4 ms an article, and a worker thread cost more than it saved (at 3,000
  // articles, copying them to it and starting it took 2.7-5.0 CPU-s and 1.6-2.8 s against 1.2-1.9 s here alone).
  await Promise.all(changed.map((article) => writeFile(join(articlesDir, `${article.slug}.mdx`), articleToMdx(article))));
  await Promise.all([...present].filter((name) => !names.has(name)).map((name) => rm(join(articlesDir, name), { recursive: true, force: true })));
  await Promise.all(
    Object.entries(data).map(([name, value]) => {
      if (!(value instanceof KeyedData)) return writeFile(dataFile(contentDir, name), dataText(value));
      if (kept.has(name)) return undefined;
      const made = value.make();
      if (made.key !== value.key) throw new Error(`the data file ${name} was made under the key ${made.key}, not ${value.key}`);
      // Whole or not at all: a file cut short by a stopped build would still begin with its key.
      return writeWhole(dataFile(contentDir, name), dataText(made));
    }),
  );
  await written?.save();
}

/**
 * A digest of what an article's MDX file is made from: its seed's name and bytes (through their digest, `hash`),
 * from which ingest made everything else of the article (the store of these digests is per pipeline version, as the
 * ingest cache is), its slug, and the mentions linking gave it. Hashing the whole article's JSON instead, its text
 * over again, took 120-140 ms at 3,000 articles against 33-48 ms, on the main thread before Astro may read.
 */
export function mdxInputsDigest(article: Article): string {
  const mentions = article.blocks.map((block) => ('mentions' in block ? block.mentions.map((m) => `${m.start} ${m.end} ${m.entity}`).join(';') : ''));
  return digestOf(JSON.stringify([article.source, article.hash, article.slug, mentions]));
}

/**
 * A data file made only when the file in the content folder does not already hold it. `key` stands for everything the
 * file is made from, the pipeline's code included, and `make` gives its value with that key as its first field, so
 * that reading the file's first bytes tells whether it is the one this build would write: at 3,000 articles packing
 * and serialising the entities' sentences took about 0.3 s of every rebuild's main thread, before Astro may read.
 */
export class KeyedData {
  readonly key: string;
  readonly make: () => { key: string };
  constructor(key: string, make: () => { key: string }) {
    this.key = key;
    this.make = make;
  }
}

/** How many bytes of a keyed data file are read for its key: `{"key":"` and a digest in hex, with room to spare. */
const KEY_HEAD_BYTES = 256;

/** The key a keyed data file begins with; undefined when there is no such file or it does not begin with one. */
export async function keyOfDataFile(path: string): Promise<string | undefined> {
  let file;
  try {
    file = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(KEY_HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, KEY_HEAD_BYTES, 0);
    return /^\{"key":"([0-9a-f]+)"/.exec(head.toString('utf8', 0, bytesRead))?.[1];
  } finally {
    await file.close();
  }
}

/** A data file's text: compact JSON on one line. */
export function dataText(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
