// Every article's body HTML in one file: a first line with a JSON index of byte ranges, then the bodies one after
// another. Written by hand because the obvious one-file format, a JSON object of strings, costs more than it saves: at
// 3,000 articles (29 MB of mostly non-Latin HTML) reading, parsing and writing it took about 1.7 s a build, while this
// format reads as bytes, keeps unchanged bodies without decoding them and decodes only the body a page shows.

/** Byte ranges of each body after the index line, by article id. */
type BodyIndex = Record<string, [start: number, end: number]>;

const NEWLINE = 0x0a;

/**
 * The file's bytes in parts, the index first, then the bodies; ids in sorted order, so the same bodies give the same
 * bytes. In parts, so that a writer need not copy 29 MB into one buffer first (writeWhole writes them as they are).
 */
export function packBodies(bodies: ReadonlyMap<string, Uint8Array>): Uint8Array[] {
  // No prototype, so an id such as __proto__ is an entry like any other.
  const index = Object.create(null) as BodyIndex;
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const id of [...bodies.keys()].sort()) {
    const body = bodies.get(id)!;
    index[id] = [offset, offset + body.length];
    parts.push(body);
    offset += body.length;
  }
  // JSON never writes a raw newline, so the first newline ends the index.
  return [Buffer.from(`${JSON.stringify(index)}\n`), ...parts];
}

/** The bodies of a packed buffer as views into it, by id; none if the buffer is not one packBodies made. */
export function unpackBodies(packed: Buffer): Map<string, Buffer> {
  const end = packed.indexOf(NEWLINE);
  if (end < 0) return new Map();
  let index: unknown;
  try {
    index = JSON.parse(packed.toString('utf8', 0, end));
  } catch {
    return new Map();
  }
  if (typeof index !== 'object' || index === null) return new Map();
  const bodies = new Map<string, Buffer>();
  const start = end + 1;
  for (const [id, range] of Object.entries(index)) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n))) return new Map();
    const [from, to] = range as [number, number];
    if (from < 0 || to < from || start + to > packed.length) return new Map();
    bodies.set(id, packed.subarray(start + from, start + to));
  }
  return bodies;
}
