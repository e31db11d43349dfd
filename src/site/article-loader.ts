// The articles collection: each MDX file the pipeline wrote becomes an entry, and its body becomes HTML.
// Astro's glob() loader would turn every MDX file into a module for Vite to bundle; this loader renders them in the
// content layer instead (article-html.ts), and an article whose file did not change keeps the entry of the last build,
// known by its file's metadata without reading it (file-stamps.ts).
// The HTML is kept out of Astro's content store on purpose: the store is serialised into JavaScript modules that
// every build loads whole, and at 3,000 articles their HTML made a build with nothing changed take 46 s instead of 16 s.
// It goes to one bodies file for all articles with an index beside it, not one file each (article-bodies.ts): at 3,000
// articles, creating 3,000 small files cost about 2 CPU-s and 1 s of the build's serial path.
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { statSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { readBodies, readBodiesIndex, writeBodies, type Bodies } from './article-bodies.ts';
import { ARTICLE_HTML_VERSION, parseFrontmatter, renderArticleMdx } from './article-html.ts';
import { fileStamp, readStamps, writeStamps, type FileStamp, type StampRecord } from '../pipeline/file-stamps.ts';
import { schemaKey } from './schema-key.ts';
import { entityPath, sitePath } from './urls.ts';

const EXTENSION = '.mdx';

/**
 * A loader for the folder of article MDX files, writing every body through the index `htmlFile`; an entry's id is its
 * file name, the slug. Entries are checked against `schema` (the collection's), and kept only while it is unchanged.
 */
export function articleLoader(folder: string, htmlFile: string, schema: z.ZodType): Loader {
  return { name: 'casebook-articles', load: (context) => loadArticles(folder, htmlFile, schemaKey(schema), context) };
}

/** The body of one article as HTML, as the loader wrote it for this build. */
export async function readArticleHtml(htmlFile: string, id: string): Promise<string> {
  const html = (await currentBodies(htmlFile))(id);
  if (html === undefined) throw new Error(`${htmlFile} holds no body for the article ${id}; build the site again`);
  return html.toString('utf8');
}

/** The bodies as last read, and what told their index apart: the pages read them once per build, not once per article. */
let lastRead: { file: string; stamp: string; bodies: Promise<Bodies> } | undefined;

function currentBodies(htmlFile: string): Promise<Bodies> {
  // The loader replaces the index by renaming a new one into place, so its inode changes with every write; the bodies
  // file changes only with it.
  const stats = statSync(htmlFile, { throwIfNoEntry: false });
  const stamp = stats ? `${stats.ino} ${stats.mtimeMs} ${stats.size}` : 'missing';
  // The promise is kept, so pages rendered together share one read.
  if (lastRead?.file !== htmlFile || lastRead.stamp !== stamp) {
    lastRead = { file: htmlFile, stamp, bodies: readBodiesIndex(htmlFile).then((index) => readBodies(htmlFile, index)) };
  }
  return lastRead.bodies;
}

async function loadArticles(folder: string, htmlFile: string, schema: string, context: LoaderContext): Promise<void> {
  const { store, config, generateDigest, parseData } = context;
  const files = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION)).sort();
  // The renderer's version and the base are part of the HTML, so a change to either renders again; and a change to
  // the schema checks every entry again.
  const renderKey = `${ARTICLE_HTML_VERSION}\n${sitePath()}\n${schema}`;
  const stampsFile = `${htmlFile}.stamps.json`;
  const [index, stamps] = await Promise.all([readBodiesIndex(htmlFile), readStamps(stampsFile, renderKey)]);
  // The bodies kept where they are, by id, and those rendered now.
  const kept = new Set<string>();
  const fresh = new Map<string, Uint8Array>();
  const nextStamps: StampRecord = new Map();
  // A file whose stamp is the one remembered with the digest of its stored entry is unchanged: it is not read.
  const toRead: { id: string; name: string; stamp: FileStamp | undefined }[] = [];
  for (const name of files) {
    const id = name.slice(0, -EXTENSION.length);
    const stamp = fileStamp(join(folder, name));
    const known = stamps.get(id);
    if (stamp && known?.stamp === stamp.stamp && store.get(id)?.digest === known.digest && index.ranges.has(id)) {
      kept.add(id);
      nextStamps.set(id, known);
    } else {
      toRead.push({ id, name, stamp });
    }
  }
  // Read together: thousands of small files one after another spend most of their time waiting on the disk.
  const sources = await Promise.all(toRead.map(({ name }) => readFile(join(folder, name), 'utf8')));
  for (const [i, { id, name, stamp }] of toRead.entries()) {
    const filePath = join(folder, name);
    const source = sources[i] ?? '';
    const digest = generateDigest(`${renderKey}\n${source}`);
    if (stamp?.settled) nextStamps.set(id, { stamp: stamp.stamp, digest });
    if (store.get(id)?.digest === digest && index.ranges.has(id)) {
      kept.add(id);
      continue;
    }
    let rendered;
    let fields;
    try {
      rendered = renderArticleMdx(source, entityPath);
      fields = parseFrontmatter(rendered.frontmatter);
    } catch (error) {
      throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const shownPath = relative(config.root.pathname, filePath);
    const data = await parseData({ id, data: fields, filePath: shownPath });
    if (data['slug'] !== id) throw new Error(`${filePath}: its slug is ${String(data['slug'])}, but the file is named ${name}`);
    fresh.set(id, Buffer.from(rendered.html));
    store.set({ id, data, digest, filePath: shownPath });
  }
  for (const id of store.keys()) if (!kept.has(id) && !fresh.has(id)) store.delete(id);
  await mkdir(dirname(htmlFile), { recursive: true });
  await writeBodies(htmlFile, index, kept, fresh);
  await writeStamps(stampsFile, renderKey, nextStamps);
}
