// What one build keeps for the next, under content/.casebook-cache/: the work on a seed or an article whose input and
// pipeline code are unchanged is reused instead of done again (issue 6: a one-seed rebuild must cost a fraction of a build).
import { createHash, hash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article } from './types.ts';
import { writeWhole } from './write-whole.ts';

/** A store of JSON values by key, read from one file and saved back to it; a different pipeline version starts empty. */
export interface KeyedStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Parses every value the store holds now, so that later gets find them parsed: work a thread can do while it waits. */
  parseAll(): void;
  /** Saves what this build set; keys it did not set are dropped, so the store never holds more than one corpus. */
  save(): Promise<void>;
}

/** How many lines a store's file may hold per live entry before a save writes it whole instead of appending. */
const MAX_LINES_PER_ENTRY = 1.25;

/** The first line of a store's file: the format and the pipeline version it was written by. */
const HEADER = 'casebook-store 3';

/**
 * Opens `name` in the cache folder; a missing, unreadable or older-version file is an empty store, never an error.
 * The file holds one entry per line (key, a tab, the value's JSON; a key with nothing after its tab was dropped) in
 * blocks, each ended by a line counting the entry lines so far, so that a block cut short is told apart and ignored.
 * A save appends a block of the entries that changed and the keys that went, and writes the file whole only once the
 * file would hold a quarter more lines than live entries (every line is read at the next open): a rebuild keeps
 * nearly every entry, and writing the dossier's three stores whole took about 0.5 s of a 3,000-article rebuild.
 * Values are parsed when asked for, and a value set back unchanged (the same object `get` gave) is written from the
 * text it was read from.
 */
export async function openStore<T>(cacheDir: string, name: string, version: string): Promise<KeyedStore<T>> {
  const path = join(cacheDir, `${name}.json`);
  const header = `${HEADER} ${JSON.stringify(version)}`;
  const file = await readFile(path, 'utf8').then((text) => readEntries(text, header), () => undefined);
  const saved = file?.entries ?? new Map<string, string>();
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
  const unchanged = (key: string, value: T): boolean => parsed.has(key) && parsed.get(key) === value;
  const entryLine = (key: string, text: string): string => `${JSON.stringify(key)}\t${text}`;
  return {
    get,
    set: (key, value) => void next.set(key, value),
    parseAll: () => {
      for (const key of saved.keys()) get(key);
    },
    async save() {
      const changed = [...next].filter(([key, value]) => !unchanged(key, value));
      const dropped = [...saved.keys()].filter((key) => !next.has(key));
      // The file already holds exactly these entries: a store filled ahead of time by another thread, or a rebuild
      // that changed nothing it keeps, would write the same entries again.
      if (file?.whole && changed.length === 0 && dropped.length === 0) return;
      await mkdir(dirname(path), { recursive: true });
      const lines = (file?.lines ?? 0) + changed.length + dropped.length;
      // A file that ended in a block cut short is written whole: a block appended after it would never be read.
      if (file?.whole && lines <= next.size * MAX_LINES_PER_ENTRY) {
        const block = [...changed.map(([key, value]) => entryLine(key, JSON.stringify(value))), ...dropped.map((key) => entryLine(key, ''))];
        await appendFile(path, `${block.join('\n')}\nend ${lines}\n`);
        return;
      }
      const whole = [header];
      for (const [key, value] of next) whole.push(entryLine(key, unchanged(key, value) ? saved.get(key)! : JSON.stringify(value)));
      whole.push(`end ${next.size}`, '');
      await writeWhole(path, whole.join('\n'));
    },
  };
}

/** What a store's file holds: its entries as JSON text by key, its entry lines, and whether it ended with a whole block. */
interface StoreFile {
  entries: Map<string, string>;
  lines: number;
  whole: boolean;
}

/** The entries of a store's file as of its last whole block; none unless it is of this version and its first block is whole. */
function readEntries(text: string, header: string): StoreFile | undefined {
  const lines = text.split('\n');
  if (lines[0] !== header) return undefined;
  const entries = new Map<string, string>();
  let block: Array<[string, string]> = [];
  // The entry lines of the whole blocks read so far, and how many such blocks there are.
  let counted = 0;
  let blocks = 0;
  let at = 1;
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.startsWith('end ')) {
      if (line !== `end ${counted + block.length}`) break;
      for (const [key, value] of block) {
        if (value === '') entries.delete(key);
        else entries.set(key, value);
      }
      counted += block.length;
      blocks++;
      block = [];
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab < 0) break;
    try {
      block.push([JSON.parse(line.slice(0, tab)) as string, line.slice(tab + 1)]);
    } catch {
      break;
    }
  }
  if (blocks === 0) return undefined;
  // Whole: the last block's count line is followed only by the final line break.
  return { entries, lines: counted, whole: block.length === 0 && at === lines.length - 1 && lines[at] === '' };
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

/**
 * Inputs worked out together and kept under one key, `of`, which stands for their texts: an article's paragraphs
 * under its seed's name and digest (articleTexts). Keyed by a digest of each text instead, a rebuild at 3,000 articles
 * hashed 43,000 paragraphs for each store, about 50 ms a store, to find them all unchanged.
 */
export interface TextGroup<I extends TextInput = TextInput> {
  of: string;
  inputs: I[];
}

/**
 * The group of `inputs` taken from one article: ingest makes an article from its seed's name and bytes alone, and the
 * stores are per pipeline version, so the two fix every text of it.
 */
export function articleTexts<I extends TextInput>(article: Pick<Article, 'source' | 'hash'>, inputs: I[]): TextGroup<I> {
  return { of: `${article.source}\n${article.hash}`, inputs };
}

/** The texts `textsOf` each article, under one variant, as groups (articleTexts). */
export function textGroups<A extends Pick<Article, 'source' | 'hash'>>(articles: A[], textsOf: (article: A) => string[], variant: string): TextGroup[] {
  return articles.map((article) => articleTexts(article, textsOf(article).map((text) => ({ text, variant }))));
}

/** One build's caches: stores by name, and maps through them. Without a folder nothing is kept and everything is computed. */
export interface BuildCache {
  open<T>(name: string): Promise<KeyedStore<T> | undefined>;
  /** mapCached through the store `name`, saved afterwards. */
  map<I, O>(name: string, items: I[], keyOf: (item: I) => string, compute: (missing: I[]) => Promise<O[]>): Promise<{ results: O[]; reused: number }>;
  /**
   * `compute` over the inputs of `groups`, kept in the store `name` by group and variants, as a function that answers
   * those inputs from memory and computes any other. An input may carry more than its text and variant (a block's
   * sentences, say): `compute` gets the input itself, or only its text and variant for a text that was in no group.
   */
  byText<O, I extends TextInput = TextInput>(name: string, groups: TextGroup<I>[], compute: (input: I | TextInput) => O): Promise<(text: string, variant: string) => O>;
}

/**
 * Opens the caches in `cacheDir` for this version of the pipeline's code; `undefined` keeps nothing. `ahead` holds
 * stores opened (and parsed) ahead of time by the same thread: each is used, once, instead of reading its file again.
 */
export async function openBuildCache(cacheDir: string | undefined, ahead?: Map<string, Promise<KeyedStore<unknown> | undefined>>): Promise<BuildCache> {
  const version = cacheDir ? await pipelineVersion() : '';
  const open = <T>(name: string): Promise<KeyedStore<T> | undefined> => {
    const opened = ahead?.get(name);
    ahead?.delete(name);
    if (opened) return opened as Promise<KeyedStore<T> | undefined>;
    return cacheDir ? openStore<T>(cacheDir, name, version) : Promise.resolve(undefined);
  };
  const map: BuildCache['map'] = async (name, items, keyOf, compute) => {
    const store = await open<Awaited<ReturnType<typeof compute>>[number]>(name);
    const mapped = await mapCached(store, items, keyOf, compute);
    await store?.save();
    return mapped;
  };
  return {
    open,
    map,
    async byText(name, groups, compute) {
      // A group's key names its variants too: the same texts under another matcher or language give other results.
      const keyOf = ({ of, inputs }: TextGroup<TextInput>): string => [of, ...new Set(inputs.map((input) => input.variant))].join('\n');
      const { results } = await map(name, groups, keyOf, async (missing) => missing.map(({ inputs }) => inputs.map((input) => compute(input))));
      // Every input with its result, in the groups' order.
      const inOrder: Array<{ text: string; variant: string; value: ReturnType<typeof compute> }> = [];
      groups.forEach(({ inputs }, g) => {
        // A kept group that is not a list of this group's length (a key shared by mistake, a line edited by hand) is
        // not this group's: its texts are worked out again.
        const found: unknown = results[g];
        const kept = Array.isArray(found) && found.length === inputs.length ? (found as ReturnType<typeof compute>[]) : inputs.map((input) => compute(input));
        inputs.forEach(({ text, variant }, i) => inOrder.push({ text, variant, value: kept[i]! }));
      });
      // The stages ask about the texts in the order the groups list them, so each answer is the next one in line; a
      // map by text, made only if a question comes out of that order, answers the rest. Filling such a map for every
      // text, for each of three stores, took about 0.2 s of a rebuild's main thread at 3,000 articles (43,000 texts).
      // A stage that asks about every text again from the first (the dossier's dates, after its figures) starts over in
      // line: the map it made instead, of 43,000 texts at 3,000 articles, took about 40 ms of a rebuild's dossier.
      let next = 0;
      let byText: Map<string, Map<string, ReturnType<typeof compute>>> | undefined;
      return (text, variant) => {
        let due = inOrder[next];
        if (due === undefined || due.text !== text || due.variant !== variant) {
          const first = inOrder[0];
          if (first !== undefined && first.text === text && first.variant === variant) [next, due] = [0, first];
        }
        if (due !== undefined && due.text === text && due.variant === variant) {
          next++;
          return due.value;
        }
        byText ??= mapByText(inOrder);
        const texts = byText.get(variant);
        return texts?.has(text) ? texts.get(text)! : compute({ text, variant });
      };
    },
  };
}

/**
 * Results by variant, then by text: a key joining the two was a new string to build and hash for each of tens of
 * thousands of paragraphs on every lookup, where the text's own hash is kept with it. A text listed twice (the same
 * paragraph in two articles) has one result, as the function is pure.
 */
function mapByText<O>(inOrder: ReadonlyArray<{ text: string; variant: string; value: O }>): Map<string, Map<string, O>> {
  const known = new Map<string, Map<string, O>>();
  for (const { text, variant, value } of inOrder) {
    let texts = known.get(variant);
    if (!texts) known.set(variant, (texts = new Map()));
    texts.set(text, value);
  }
  return known;
}

/**
 * SHA-256 of a value's bytes or JSON, in hex: the key of one input. Node's one-shot hash, since a build takes about
 * 100,000 of these, mostly of paragraphs, and making a Hash object for each took twice as long.
 */
export function digestOf(value: Uint8Array | string): string {
  return hash('sha256', value, 'hex');
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
