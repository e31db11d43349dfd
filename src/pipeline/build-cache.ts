// What one build keeps for the next, under content/.casebook-cache/: the work on a seed or an article whose input and
// pipeline code are unchanged is reused instead of done again (issue 6: a one-seed rebuild must cost a fraction of a build).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeWhole } from './write-whole.ts';

/** A store of JSON values by key, read from one file and written back whole; a different pipeline version starts empty. */
export interface KeyedStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Writes what this build set; keys it did not set are dropped, so the file never grows past one corpus. */
  save(): Promise<void>;
}

/** The first line of a store's file: the format and the pipeline version it was written by. */
const HEADER = 'casebook-store 2';

/**
 * Opens `name` in the cache folder; a missing, unreadable or older-version file is an empty store, never an error.
 * The file holds one entry per line (key, a tab, the value's JSON) and ends with a line counting them, so that a
 * file cut short reads as empty. Values are parsed when asked for, and a value set back unchanged (the same object
 * `get` gave) is written back from the text it was read from: a rebuild keeps nearly every entry, and serialising
 * them all again took about 0.9 s at 3,000 articles.
 */
export async function openStore<T>(cacheDir: string, name: string, version: string): Promise<KeyedStore<T>> {
  const path = join(cacheDir, `${name}.json`);
  const saved = await readFile(path, 'utf8').then((text) => readEntries(text, version), () => new Map<string, string>());
  const parsed = new Map<string, T>();
  const next = new Map<string, T>();
  const get = (key: string): T | undefined => {
    if (parsed.has(key)) return parsed.get(key);
    const text = saved.get(key);
    if (text === undefined) return undefined;
    let value: T | undefined;
    try {
      value = JSON.parse(text) as T;
    } catch {
      // A damaged entry is one this build computes again.
    }
    parsed.set(key, value as T);
    return value;
  };
  return {
    get,
    set: (key, value) => void next.set(key, value),
    async save() {
      // The file already holds exactly these entries: a store filled ahead of time by another thread, or a rebuild
      // that changed nothing it keeps, would write the same entries again.
      if (next.size === saved.size && [...next].every(([key, value]) => parsed.has(key) && parsed.get(key) === value)) return;
      const lines = [`${HEADER} ${JSON.stringify(version)}`];
      for (const [key, value] of next) {
        const text = parsed.has(key) && parsed.get(key) === value ? saved.get(key) : undefined;
        lines.push(`${JSON.stringify(key)}\t${text ?? JSON.stringify(value)}`);
      }
      lines.push(`end ${next.size}`, '');
      await mkdir(dirname(path), { recursive: true });
      await writeWhole(path, lines.join('\n'));
    },
  };
}

/** The entries of a store's file by key, as JSON text; none unless the file is whole and of this version. */
function readEntries(text: string, version: string): Map<string, string> {
  const entries = new Map<string, string>();
  const lines = text.split('\n');
  // A whole file: the header, the entries, the closing count and the empty string after the last line break.
  if (lines[0] !== `${HEADER} ${JSON.stringify(version)}` || lines.at(-1) !== '' || lines.at(-2) !== `end ${lines.length - 3}`) return entries;
  for (const line of lines.slice(1, -2)) {
    const tab = line.indexOf('\t');
    try {
      entries.set(JSON.parse(line.slice(0, tab)) as string, line.slice(tab + 1));
    } catch {
      return new Map();
    }
  }
  return entries;
}

/**
 * Maps `items` through `compute`, reusing the results `store` kept from the last build under each item's key and
 * computing only the rest, all at once. Every result is set again, so the store keeps exactly this build's items.
 */
export async function mapCached<I, O>(
  store: KeyedStore<O> | undefined,
  items: I[],
  keyOf: (item: I) => string,
  compute: (missing: I[]) => Promise<O[]>,
): Promise<{ results: O[]; reused: number }> {
  // Without a store nothing is kept or reused: the keys (a digest each) would be computed for nothing.
  if (!store) return { results: await compute(items), reused: 0 };
  const keys = items.map(keyOf);
  const missing = items.filter((_, i) => store.get(keys[i]!) === undefined);
  const fresh = await compute(missing);
  let next = 0;
  const results = keys.map((key) => {
    const kept = store.get(key);
    // A kept result may be null (a tagger's "no name"); only a missing key means it was computed now.
    const result = kept !== undefined ? kept : (fresh[next++] as O);
    store.set(key, result);
    return result;
  });
  return { results, reused: items.length - missing.length };
}

/** One input of a pure function of a paragraph's text: the text and what else the result depends on (a language, a matcher). */
export interface TextInput {
  text: string;
  variant: string;
}

/** One build's caches: stores by name, and maps through them. Without a folder nothing is kept and everything is computed. */
export interface BuildCache {
  open<T>(name: string): Promise<KeyedStore<T> | undefined>;
  /** mapCached through the store `name`, saved afterwards. */
  map<I, O>(name: string, items: I[], keyOf: (item: I) => string, compute: (missing: I[]) => Promise<O[]>): Promise<{ results: O[]; reused: number }>;
  /**
   * `compute` over `inputs`, kept in the store `name` by text and variant, as a function that answers those inputs from
   * memory and computes any other. An input may carry more than its key (a block's sentences, say): `compute` gets the
   * input itself, or only its text and variant for a text that was not among `inputs`.
   */
  byText<O, I extends TextInput = TextInput>(name: string, inputs: I[], compute: (input: I | TextInput) => O): Promise<(text: string, variant: string) => O>;
}

/** Opens the caches in `cacheDir` for this version of the pipeline's code; `undefined` keeps nothing. */
export async function openBuildCache(cacheDir: string | undefined): Promise<BuildCache> {
  const version = cacheDir ? await pipelineVersion() : '';
  const open = async <T>(name: string) => (cacheDir ? openStore<T>(cacheDir, name, version) : undefined);
  const map: BuildCache['map'] = async (name, items, keyOf, compute) => {
    const store = await open<Awaited<ReturnType<typeof compute>>[number]>(name);
    const mapped = await mapCached(store, items, keyOf, compute);
    await store?.save();
    return mapped;
  };
  return {
    open,
    map,
    async byText(name, inputs, compute) {
      const memoryKey = ({ text, variant }: TextInput): string => `${variant}\n${text}`;
      const { results } = await map(name, inputs, (input) => digestOf(memoryKey(input)), async (missing) => missing.map((input) => compute(input)));
      const known = new Map(inputs.map((input, i) => [memoryKey(input), results[i]!]));
      return (text, variant) => {
        const key = memoryKey({ text, variant });
        return known.has(key) ? known.get(key)! : compute({ text, variant });
      };
    },
  };
}

/** SHA-256 of a value's bytes or JSON, in hex: the key of one input. */
export function digestOf(value: Uint8Array | string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The version as this thread first read it: the code it runs cannot change under it. */
let version: Promise<string> | undefined;

/** A digest of the pipeline's own source files: any change to the code that made a cached result makes it stale. */
export function pipelineVersion(): Promise<string> {
  version ??= readPipelineVersion();
  return version;
}

async function readPipelineVersion(): Promise<string> {
  const root = import.meta.dirname;
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(await readFile(join(root, file))).update('\0');
  return hash.digest('hex');
}
