// Writes what the site reads: one MDX file per article and JSON data files, replacing the previous build's.
// The JSON is written compact: it is read by Astro, not by people, and at thousands of articles indentation is a third of it.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf, type KeyedStore } from './build-cache.ts';
import { articleToMdx } from './emit-mdx.ts';
import { markPending } from './pending-file.ts';
import type { Article } from './types.ts';

/** Folder names under the content folder that the pipeline owns and rewrites on every build. */
export const GENERATED_DIRS = { articles: 'articles', data: 'data' } as const;

/**
 * Set by a build that writes content/data/ itself before Astro reads it (scripts/build-environment.ts): its pages take
 * the data files as the pipeline wrote them from typed values, where a bare `astro build` checks them against their
 * schemas first (at 3,000 articles the check of contexts.json's 124,000 rows took about 0.1 s of Astro's thread).
 */
export const DATA_WRITTEN_BY_BUILD = 'CASEBOOK_DATA_WRITTEN';

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
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
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
    Object.entries(data).map(([name, value]) => writeFile(dataFile(contentDir, name), dataText(value))),
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

/** A data file's text: compact JSON on one line. */
export function dataText(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
