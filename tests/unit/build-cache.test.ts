// What a build keeps for the next: stores by key and pipeline version, MDX not rewritten when unchanged, seeds not
// ingested again, and a rebuild from the cache gives exactly what a fresh build gives.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { articleTexts, mapCached, openBuildCache, openStore, textGroups } from '../../src/pipeline/build-cache.ts';
import { AHEAD_MIN_SEEDS, runPipeline, startPipeline, type StageReport } from '../../src/pipeline/run-pipeline.ts';
import { writeContent } from '../../src/pipeline/write-content.ts';
import { hostileArticle } from '../helpers/hostile-article.ts';
import { parseEntityId } from '../../src/pipeline/ids.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  test('gives back what the previous build saved, and only what it saved', async () => {
    const first = await openStore<number>(dir, 'numbers', 'v1');
    first.set('a', 1);
    first.set('b', 2);
    await first.save();
    const second = await openStore<number>(dir, 'numbers', 'v1');
    expect([second.get('a'), second.get('b'), second.get('c')]).toEqual([1, 2, undefined]);
    second.set('a', 1);
    await second.save();
    const third = await openStore<number>(dir, 'numbers', 'v1');
    expect([third.get('a'), third.get('b')]).toEqual([1, undefined]);
  });

  test('starts empty when the pipeline version changed', async () => {
    const first = await openStore<number>(dir, 'numbers', 'v1');
    first.set('a', 1);
    await first.save();
    expect((await openStore<number>(dir, 'numbers', 'v2')).get('a')).toBeUndefined();
  });

  test('starts empty, without an error, when the file is damaged', async () => {
    await writeFile(join(dir, 'numbers.json'), '{"version": "v1", "entries": {"a": 1');
    expect((await openStore<number>(dir, 'numbers', 'v1')).get('a')).toBeUndefined();
  });

  test('starts empty when the file was cut short, even between two entries', async () => {
    const first = await openStore<number>(dir, 'numbers', 'v1');
    first.set('a', 1);
    first.set('b', 2);
    await first.save();
    const whole = await readFile(join(dir, 'numbers.json'), 'utf8');
    const lines = whole.split('\n');
    await writeFile(join(dir, 'numbers.json'), `${lines.slice(0, 2).join('\n')}\n`);
    expect((await openStore<number>(dir, 'numbers', 'v1')).get('a')).toBeUndefined();
    // The whole file, read again, still gives both.
    await writeFile(join(dir, 'numbers.json'), whole);
    const again = await openStore<number>(dir, 'numbers', 'v1');
    expect([again.get('a'), again.get('b')]).toEqual([1, 2]);
  });

  test('keys and values with tabs, line breaks and quotes come back as they were', async () => {
    const odd = 'a\tb\nc "d" \\ e\u2028';
    const first = await openStore<Record<string, string>>(dir, 'odd', 'v1');
    first.set(odd, { [odd]: odd });
    await first.save();
    expect((await openStore<Record<string, string>>(dir, 'odd', 'v1')).get(odd)).toEqual({ [odd]: odd });
  });

  test('writes a value set back unchanged from the text it was read from, and serialises only the others', async () => {
    const first = await openStore<{ n: number }>(dir, 'objects', 'v1');
    first.set('kept', { n: 1 });
    first.set('changed', { n: 2 });
    await first.save();
    const second = await openStore<{ n: number }>(dir, 'objects', 'v1');
    second.set('kept', second.get('kept')!);
    second.set('changed', { n: 3 });
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      await second.save();
      const serialised = stringify.mock.calls.map(([value]) => value);
      expect(serialised).toContainEqual({ n: 3 });
      expect(serialised).not.toContainEqual({ n: 1 });
    } finally {
      stringify.mockRestore();
    }
    const third = await openStore<{ n: number }>(dir, 'objects', 'v1');
    expect([third.get('kept'), third.get('changed')]).toEqual([{ n: 1 }, { n: 3 }]);
  });
});

describe('saving a store', () => {
  test('leaves the file alone when every entry was set back as it was read, and writes it when one changed or went', async () => {
    const first = await openStore<{ n: number }>(dir, 'objects', 'v1');
    first.set('a', { n: 1 });
    first.set('b', { n: 2 });
    await first.save();
    const path = join(dir, 'objects.json');
    const written = (await stat(path)).ino;
    const same = await openStore<{ n: number }>(dir, 'objects', 'v1');
    same.set('b', same.get('b')!);
    same.set('a', same.get('a')!);
    await same.save();
    expect((await stat(path)).ino).toBe(written);
    const fewer = await openStore<{ n: number }>(dir, 'objects', 'v1');
    fewer.set('a', fewer.get('a')!);
    await fewer.save();
    expect((await stat(path)).ino).not.toBe(written);
    expect((await openStore<{ n: number }>(dir, 'objects', 'v1')).get('b')).toBeUndefined();
  });
});

describe('a store saved by appending', () => {
  /** A store of `count` numbers keyed k0, k1, …, saved once. */
  async function manyNumbers(count: number): Promise<string> {
    const store = await openStore<number>(dir, 'numbers', 'v1');
    for (let i = 0; i < count; i++) store.set(`k${i}`, i);
    await store.save();
    return readFile(join(dir, 'numbers.json'), 'utf8');
  }

  /** Reopens the store and sets back every key but `drop`, with `changes` over the values it read. */
  async function resave(changes: Record<string, number>, drop: string[] = []): Promise<void> {
    const store = await openStore<number>(dir, 'numbers', 'v1');
    for (let i = 0; i < 100; i++) {
      const key = `k${i}`;
      if (!drop.includes(key)) store.set(key, key in changes ? changes[key]! : store.get(key)!);
    }
    await store.save();
  }

  test('appends only the entries that changed and the keys that went, after the file as it was', async () => {
    const before = await manyNumbers(100);
    await resave({ k7: 700 }, ['k8']);
    const after = await readFile(join(dir, 'numbers.json'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).split('\n').filter(Boolean)).toHaveLength(3);
    const store = await openStore<number>(dir, 'numbers', 'v1');
    expect([store.get('k6'), store.get('k7'), store.get('k8'), store.get('k99')]).toEqual([6, 700, undefined, 99]);
  });

  test('writes the file whole once it would hold a quarter more lines than live entries', async () => {
    await manyNumbers(100);
    for (let round = 0; round < 4; round++) await resave(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, round * 1000 + i])));
    const after = await readFile(join(dir, 'numbers.json'), 'utf8');
    // 100 + 10 + 10 lines are appended; 130 would pass 125, so the third save wrote the 100 whole and the fourth appended.
    expect(after.split('\n').filter((line) => line.startsWith('"k'))).toHaveLength(110);
    expect(after.split('\n').filter((line) => line.startsWith('end '))).toEqual(['end 100', 'end 110']);
    const store = await openStore<number>(dir, 'numbers', 'v1');
    expect([store.get('k0'), store.get('k9'), store.get('k10')]).toEqual([3000, 3009, 10]);
  });

  test('reads a block cut short as not written, and writes the file whole at its next save', async () => {
    await manyNumbers(100);
    const path = join(dir, 'numbers.json');
    const whole = await readFile(path, 'utf8');
    await resave({ k1: 100 });
    const appended = await readFile(path, 'utf8');
    // The appended block loses its count line: as if the build had stopped while appending it.
    await writeFile(path, appended.slice(0, appended.lastIndexOf('end ')));
    expect((await openStore<number>(dir, 'numbers', 'v1')).get('k1')).toBe(1);
    await resave({ k2: 200 });
    const rewritten = await readFile(path, 'utf8');
    expect(rewritten.startsWith(whole)).toBe(false);
    const store = await openStore<number>(dir, 'numbers', 'v1');
    expect([store.get('k1'), store.get('k2')]).toEqual([1, 200]);
  });
});

describe('mapCached', () => {
  test('computes only the items the last build did not keep, in one call, and keeps null as a result', async () => {
    const first = await openStore<string | null>(dir, 'words', 'v1');
    const firstCalls: string[][] = [];
    const upper = async (missing: string[]) => {
      firstCalls.push(missing);
      return missing.map((w) => (w === 'none' ? null : w.toUpperCase()));
    };
    expect((await mapCached(first, ['a', 'none', 'b'], (w) => w, upper)).results).toEqual(['A', null, 'B']);
    await first.save();

    const second = await openStore<string | null>(dir, 'words', 'v1');
    const { results, reused } = await mapCached(second, ['b', 'c', 'none', 'a'], (w) => w, upper);
    expect(results).toEqual(['B', 'C', null, 'A']);
    expect(reused).toBe(3);
    expect(firstCalls).toEqual([['a', 'none', 'b'], ['c']]);
  });

  test('without a store computes everything', async () => {
    const { results, reused } = await mapCached(undefined, [1, 2], String, async (missing) => missing.map((n) => n * 10));
    expect([results, reused]).toEqual([[10, 20], 0]);
  });
});

describe('byText', () => {
  const tagged = (computed: string[]) => ({ text, variant }: { text: string; variant: string }) => {
    computed.push(`${variant}:${text}`);
    return `${text}/${variant}`;
  };

  test('answers each text under its own variant from memory, computes any other, and keeps each group for the next build', async () => {
    const computed: string[] = [];
    const groups = [
      { of: 'a', inputs: [{ text: 'one', variant: 'en' }, { text: 'two', variant: 'en' }] },
      { of: 'b', inputs: [{ text: 'one', variant: 'fr' }] },
    ];
    const first = await (await openBuildCache(dir)).byText('tagged', groups, tagged(computed));
    expect(computed).toEqual(['en:one', 'en:two', 'fr:one']);
    expect([first('one', 'en'), first('one', 'fr'), first('two', 'en')]).toEqual(['one/en', 'one/fr', 'two/en']);
    // Neither a text it was not given nor a known text under another variant is answered from memory.
    expect([first('two', 'fr'), first('three', 'en')]).toEqual(['two/fr', 'three/en']);
    expect(computed.slice(3)).toEqual(['fr:two', 'en:three']);

    computed.length = 0;
    const second = await (await openBuildCache(dir)).byText('tagged', [groups[1]!, { of: 'c', inputs: [{ text: 'four', variant: 'fr' }] }], tagged(computed));
    expect(computed).toEqual(['fr:four']);
    expect([second('one', 'fr'), second('four', 'fr')]).toEqual(['one/fr', 'four/fr']);
  });

  test('answers texts asked in the groups\' order, a text listed twice, and then the same texts in any order, all from memory', async () => {
    const computed: string[] = [];
    const texts = Array.from({ length: 50 }, (_, i) => `text ${i % 40}`);
    const groups = [{ of: 'a', inputs: texts.slice(0, 25).map((text) => ({ text, variant: 'en' })) }, { of: 'b', inputs: texts.slice(25).map((text) => ({ text, variant: 'en' })) }];
    const answer = await (await openBuildCache(dir)).byText('tagged', groups, tagged(computed));
    computed.length = 0;
    expect(texts.map((text) => answer(text, 'en'))).toEqual(texts.map((text) => `${text}/en`));
    expect([...texts].reverse().map((text) => answer(text, 'en'))).toEqual([...texts].reverse().map((text) => `${text}/en`));
    expect(computed).toEqual([]);
  });

  test('answers a second pass over the texts from the first in line again, without a map of the texts', async () => {
    const computed: string[] = [];
    const texts = Array.from({ length: 30 }, (_, i) => `text ${i}`);
    const answer = await (await openBuildCache(dir)).byText('tagged', [{ of: 'a', inputs: texts.map((text) => ({ text, variant: 'en' })) }], tagged(computed));
    computed.length = 0;
    expect(texts.map((text) => answer(text, 'en'))).toEqual(texts.map((text) => `${text}/en`));
    const set = vi.spyOn(Map.prototype, 'set');
    let again: string[];
    let mapped: number;
    try {
      again = texts.map((text) => answer(text, 'en'));
    } finally {
      mapped = set.mock.calls.length;
      set.mockRestore();
    }
    expect(mapped).toBe(0);
    expect(again).toEqual(texts.map((text) => `${text}/en`));
    // Out of line again, the texts are still answered from memory.
    expect([...texts].reverse().map((text) => answer(text, 'en'))).toEqual([...texts].reverse().map((text) => `${text}/en`));
    expect(computed).toEqual([]);
  });

  test('works a group out again under another variant, or when it holds another number of texts', async () => {
    const computed: string[] = [];
    await (await openBuildCache(dir)).byText('tagged', [{ of: 'a', inputs: [{ text: 'one', variant: 'en' }] }], tagged(computed));
    computed.length = 0;
    const other = await (await openBuildCache(dir)).byText('tagged', [{ of: 'a', inputs: [{ text: 'one', variant: 'de' }] }], tagged(computed));
    expect(computed).toEqual(['de:one']);
    expect(other('one', 'de')).toBe('one/de');

    computed.length = 0;
    const longer = await (await openBuildCache(dir)).byText('tagged', [{ of: 'a', inputs: [{ text: 'one', variant: 'de' }, { text: 'two', variant: 'de' }] }], tagged(computed));
    expect(computed).toEqual(['de:one', 'de:two']);
    expect(longer('two', 'de')).toBe('two/de');
  });

  test('works a group out again when its kept value is not a list, as after a line of the store was edited by hand', async () => {
    const computed: string[] = [];
    await (await openBuildCache(dir)).byText('tagged', [{ of: 'a', inputs: [{ text: 'one', variant: 'en' }] }], tagged(computed));
    const file = join(dir, 'tagged.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\t.*$/m, '\tnull'));
    computed.length = 0;
    const again = await (await openBuildCache(dir)).byText('tagged', [{ of: 'a', inputs: [{ text: 'one', variant: 'en' }] }], tagged(computed));
    expect(computed).toEqual(['en:one']);
    expect(again('one', 'en')).toBe('one/en');
  });

  test('groups an article’s texts under its seed’s name and digest', () => {
    const article = { source: 'a.txt', hash: 'f'.repeat(64) };
    const [group] = textGroups([article], () => ['one', 'two'], 'en');
    expect(group).toEqual({ of: `a.txt\n${'f'.repeat(64)}`, inputs: [{ text: 'one', variant: 'en' }, { text: 'two', variant: 'en' }] });
    expect(articleTexts({ ...article, hash: '0'.repeat(64) }, []).of).not.toBe(group!.of);
  });
});

describe('writeContent with the digests of what it wrote', () => {
  const articles = [hostileArticle('First article'), hostileArticle('Second article')];
  const mdxFiles = async () => (await readdir(join(dir, 'content', 'articles'))).sort();

  test('does not write an unchanged article again, rewrites a changed one and removes one that is gone', async () => {
    const write = async (list: typeof articles) => writeContent(join(dir, 'content'), list, {}, await openStore<string>(join(dir, 'cache'), 'written', 'v1'));
    await write(articles);
    const [first, second] = articles.map((a) => join(dir, 'content', 'articles', `${a.slug}.mdx`)) as [string, string];
    // A marker in place of the files: if the next build wrote them, the marker would be gone.
    await writeFile(first, 'marker');
    await write(articles);
    expect(await readFile(first, 'utf8')).toBe('marker');

    // Its seed changed (its digest with it), and what ingest made of it.
    const changed = { ...articles[0]!, hash: 'f'.repeat(64), words: 99 };
    await write([changed, articles[1]!]);
    expect(await readFile(first, 'utf8')).toMatch(/^words: 99$/m);
    await writeFile(first, 'marker');
    await writeFile(second, 'marker');
    // Linked to other entities: only the second.
    const relinked = { ...articles[1]!, blocks: articles[1]!.blocks.map((b) => ('mentions' in b ? { ...b, mentions: [{ start: 0, end: 5, entity: parseEntityId('acme') }] } : b)) };
    await write([changed, relinked]);
    expect(await readFile(first, 'utf8')).toBe('marker');
    expect(await readFile(second, 'utf8')).toMatch(/acme/);
    await write([changed]);
    expect(await mdxFiles()).toEqual([`${changed.slug}.mdx`]);
    await expect(readFile(second, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

describe('runPipeline with a cache folder', () => {
  test('ingests only the seed that changed, and ends with what a build without a cache makes', async () => {
    const seeds = join(dir, 'seeds');
    await cp(join(import.meta.dirname, '../../seeds'), seeds, { recursive: true });
    const run = async (name: string, cacheDir?: string) => {
      const stages: StageReport[] = [];
      const result = await runPipeline({
        seedsDir: seeds, contentDir: join(dir, name), registryPath: join(dir, 'none.yaml'), lockPath: join(dir, `${name}.lock.json`),
        onStage: (s) => stages.push(s), ...(cacheDir ? { cacheDir } : {}),
      });
      return { result, ingest: stages.find((s) => s.stage === 'ingest')?.summary ?? '' };
    };
    const cache = join(dir, 'cache');
    expect((await run('cached', cache)).ingest).toMatch(/, 0 unchanged since the last build$/);
    const [firstSeed] = (await readdir(seeds)).sort();
    await writeFile(join(seeds, firstSeed!), `${await readFile(join(seeds, firstSeed!), 'utf8')}\nThe article was updated on Friday.\n`);
    const rebuilt = await run('cached', cache);
    expect(rebuilt.ingest).toMatch(/, 4 unchanged since the last build$/);
    const fresh = await run('fresh');
    expect(rebuilt.result).toEqual(fresh.result);
    const files = async (name: string) => Promise.all((await readdir(join(dir, name, 'articles'))).sort().map((f) => readFile(join(dir, name, 'articles', f), 'utf8')));
    expect(await files('cached')).toEqual(await files('fresh'));
  });

  test(`calls a build much new when at least ${AHEAD_MIN_SEEDS} seeds are new or changed, and a rebuild after an edit not`, { timeout: 60_000 }, async () => {
    const seeds = join(dir, 'many-seeds');
    await mkdir(seeds);
    const names = Array.from({ length: AHEAD_MIN_SEEDS }, (_, i) => `note-${String(i).padStart(3, '0')}.txt`);
    for (const [i, name] of names.entries()) await writeFile(join(seeds, name), `Note ${i}\n\nThe council of Tormir met on day ${i} and spoke about the bridge.\n`);
    const cacheDir = join(dir, 'many-cache');
    const muchNew = async (): Promise<boolean> => {
      const started = await startPipeline({ seedsDir: seeds, contentDir: join(dir, 'many'), registryPath: join(dir, 'none.yaml'), lockPath: join(dir, 'many.lock.json'), cacheDir });
      await started.dossier;
      return started.muchNew;
    };
    expect(await muchNew()).toBe(true);
    await writeFile(join(seeds, names[0]!), 'Note 0\n\nThe council of Tormir met again.\n');
    expect(await muchNew()).toBe(false);
  });
});
