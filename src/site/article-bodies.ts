// Every article's body HTML for the pages, in two files: a bodies file holding the bodies one after another, and an
// index (the file the loader is given) naming the bodies file and each article's byte range in it. A rebuild appends
// the bodies that changed and rewrites the small index; the bodies file is written anew only once a quarter of it is
// bodies no article uses any more. Written by hand because the obvious one-file format, a JSON object of strings,
// cost about 1.7 s a build at 3,000 articles (29 MB of mostly non-Latin HTML), and one file holding index and bodies
// together was read and written whole in every build, about 0.3 s of Astro's content sync for one changed article.
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeParts, writeWhole } from '../pipeline/write-whole.ts';

/** Where each article's body is: the bodies file (a name in the index's folder) and byte ranges in it by article id. */
export interface BodiesIndex {
  file: string;
  ranges: ReadonlyMap<string, readonly [start: number, end: number]>;
}

/** An index with no bodies: every article is rendered again. */
const EMPTY: BodiesIndex = { file: '', ranges: new Map() };

/** How much of a bodies file may be bodies no article uses before it is written anew, as a share of the used bytes. */
const DEAD_SHARE = 0.25;

/** The bodies files of the index `htmlFile`: its name, a generation, and this ending. */
const BODIES_FILE = /^(.+)\.(\d+)\.bodies$/;

/**
 * The index at `htmlFile`; an empty one, so that every article is rendered again, when it is missing, is not an index
 * this module wrote, or points past the end of its bodies file.
 */
export async function readBodiesIndex(htmlFile: string): Promise<BodiesIndex> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(htmlFile, 'utf8'));
  } catch {
    return EMPTY;
  }
  if (typeof parsed !== 'object' || parsed === null) return EMPTY;
  const { file, ranges } = parsed as { file?: unknown; ranges?: unknown };
  // Only a bodies file of this index, in its folder: an index edited to name another file is not followed.
  if (typeof file !== 'string' || BODIES_FILE.exec(file)?.[1] !== basename(htmlFile)) return EMPTY;
  if (typeof ranges !== 'object' || ranges === null || Array.isArray(ranges)) return EMPTY;
  const byId = new Map<string, readonly [number, number]>();
  for (const [id, range] of Object.entries(ranges)) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n))) return EMPTY;
    const [start, end] = range as [number, number];
    if (start < 0 || end < start) return EMPTY;
    byId.set(id, [start, end]);
  }
  const size = (await stat(join(dirname(htmlFile), file)).catch(() => undefined))?.size;
  if (size === undefined || [...byId.values()].some(([, end]) => end > size)) return EMPTY;
  return { file, ranges: byId };
}

/**
 * Writes this build's bodies: those of `kept` (ids of `previous`) stay where they are, those of `fresh` are appended to
 * the bodies file; when that would leave more than a quarter of it unused, or it is missing or shorter than the index
 * says, every body goes into a new bodies file instead. The index is replaced last, so a build stopped half-way leaves
 * the last index and every byte it points at.
 */
export async function writeBodies(htmlFile: string, previous: BodiesIndex, kept: ReadonlySet<string>, fresh: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const folder = dirname(htmlFile);
  const current = previous.file === '' ? undefined : join(folder, previous.file);
  const size = current === undefined ? undefined : (await stat(current).catch(() => undefined))?.size;
  const keptRanges = [...kept].flatMap((id) => {
    const range = previous.ranges.get(id);
    return range ? [[id, range] as const] : [];
  });
  const keptBytes = keptRanges.reduce((n, [, [start, end]]) => n + end - start, 0);
  const freshBytes = [...fresh.values()].reduce((n, body) => n + body.byteLength, 0);
  const appendable =
    size !== undefined && keptRanges.every(([, [, end]]) => end <= size) && size - keptBytes <= (keptBytes + freshBytes) * DEAD_SHARE;
  const ranges = new Map<string, readonly [number, number]>();
  let file: string;
  if (appendable) {
    file = previous.file;
    for (const [id, range] of keptRanges) ranges.set(id, range);
    const handle = await open(current!, 'a');
    try {
      // From the file's own end (its size above): a build stopped after appending left bytes the index does not know.
      let offset = size;
      for (const [id, body] of fresh) {
        ranges.set(id, [offset, offset + body.byteLength]);
        offset += body.byteLength;
      }
      await writeParts(handle, [...fresh.values()]);
    } finally {
      await handle.close();
    }
  } else {
    const generation = Number(BODIES_FILE.exec(previous.file)?.[2] ?? 0) + 1;
    file = `${basename(htmlFile)}.${generation}.bodies`;
    const old = keptRanges.length > 0 && current !== undefined ? await readFile(current).catch(() => undefined) : undefined;
    const parts: Uint8Array[] = [];
    let offset = 0;
    const add = (id: string, body: Uint8Array): void => {
      ranges.set(id, [offset, offset + body.byteLength]);
      parts.push(body);
      offset += body.byteLength;
    };
    for (const [id, [start, end]] of keptRanges) if (old && end <= old.length) add(id, old.subarray(start, end));
    for (const [id, body] of fresh) add(id, body);
    await writeWhole(join(folder, file), parts);
  }
  await writeWhole(htmlFile, JSON.stringify({ file, ranges: Object.fromEntries(ranges) }));
  // Bodies files of this index that it no longer names: the one replaced, or one a stopped build left.
  const others = (await readdir(folder)).filter((name) => name !== file && BODIES_FILE.exec(name)?.[1] === basename(htmlFile));
  await Promise.all(others.map((name) => rm(join(folder, name), { force: true })));
}

/** Each article's body by id, from one bodies file read whole; undefined for an id the index lacks. */
export type Bodies = (id: string) => Buffer | undefined;

/**
 * The bodies `index` places, read with one read of its bodies file: a cold build's pages take every body, and opening,
 * reading and closing the file once per article (three calls through libuv's threads each, 9,000 at 3,000 articles)
 * held Astro's thread about 0.65 s, against about 25 ms for the 29 MB file read whole. A body past the file's end, or
 * a bodies file that cannot be read, gives undefined.
 */
export async function readBodies(htmlFile: string, index: BodiesIndex): Promise<Bodies> {
  const all = index.file === '' ? undefined : await readFile(join(dirname(htmlFile), index.file)).catch(() => undefined);
  return (id) => {
    const range = index.ranges.get(id);
    if (!range || !all || range[1] > all.length) return undefined;
    return all.subarray(range[0], range[1]);
  };
}
