// The site's search bundles: articles spread over parts by slug, and a bundle indexed again only when its pages changed.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore, type KeyedStore } from '../../src/pipeline/build-cache.ts';
import type { SearchInput } from '../../src/pipeline/index-search.ts';
import { joinedPages, madePages, searchBundleSet, type BundlePages, type SearchBundleSet } from '../../src/pipeline/search-bundle-set.ts';
import { allSearchBundles, MAX_SEARCH_PARTS, mergedSearchBundles, SEARCH_BUNDLE, searchPartBundle, searchPartOf, searchParts } from '../../src/pipeline/search-bundles.ts';

describe('the parts of the articles in search', () => {
  const slugs = Array.from({ length: 1600 }, (_, i) => `article-${i}-${(i * 7919) % 1000}`);

  test('are one for a small corpus, one more for every 250 articles, and at most eight', () => {
    expect([5, 249, 499, 500, 1000, 2999, 10_000].map(searchParts)).toEqual([1, 1, 1, 2, 4, 8, MAX_SEARCH_PARTS]);
  });

  test('put an article in the same part whatever other articles the corpus holds', () => {
    const alone = slugs.map((slug) => searchPartOf(slug, 8));
    const amongOthers = [...slugs].reverse().map((slug) => searchPartOf(slug, 8)).reverse();
    expect(amongOthers).toEqual(alone);
  });

  test('spread a corpus over every part, none with more than twice its share', () => {
    const counts = new Array<number>(8).fill(0);
    for (const slug of slugs) counts[searchPartOf(slug, 8)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan((2 * slugs.length) / 8);
  });

  test('are merged into search where they hold an article, the first also where it holds only the entity pages', () => {
    expect(mergedSearchBundles(slugs.slice(0, 5), 3)).toEqual([searchPartBundle(0)]);
    // 600 articles, all of them in the second of the two parts that many articles make.
    const second = slugs.filter((slug) => searchPartOf(slug, 2) === 1).slice(0, 600);
    expect(searchParts(second.length)).toBe(2);
    expect(mergedSearchBundles(second, 0)).toEqual([searchPartBundle(1)]);
    expect(mergedSearchBundles(second, 2)).toEqual([searchPartBundle(0), searchPartBundle(1)]);
    // The primary bundle is the one the page loads; every merged bundle is one the build may write.
    expect(mergedSearchBundles(slugs, 1)).not.toContain(SEARCH_BUNDLE);
    for (const name of mergedSearchBundles(slugs, 1)) expect(allSearchBundles()).toContain(name);
  });
});

describe('pages joined into one bundle', () => {
  test('are made from both sets, and known by both keys', () => {
    const articles = madePages({ records: [record('water', 'Desalination plant opens')], pages: [] });
    const entities = madePages({ records: [], pages: [{ url: '/entities/acme/', content: '<h1>Acme</h1>' }] });
    const joined = joinedPages(articles, entities);
    expect(joined.count).toBe(2);
    expect(joined.make()).toEqual({ records: articles.make().records, pages: entities.make().pages });
    expect(joined.key).not.toBe(joinedPages(articles, madePages({ records: [], pages: [] })).key);
    expect(joined.key).toBe(joinedPages(articles, entities).key);
  });
});

function record(slug: string, text: string): SearchInput['records'][number] {
  return { url: `/articles/${slug}/`, content: text, language: 'en', meta: { title: slug }, filters: { kind: ['article'] } };
}

const NAMES = [SEARCH_BUNDLE, 'pagefind-a', 'pagefind-b', 'pagefind-c'];

/** The bundle files under `dir` with the time each was last written. */
async function writtenTimes(dir: string): Promise<Map<string, number>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(await Promise.all(files.map(async (file) => [file.slice(dir.length), (await stat(file)).mtimeMs] as const)));
}

describe('a set of search bundles', () => {
  /** One build's bundles in `work`: `inputs` added by name, then set aside, finished and placed as a build does. */
  async function build(work: string, inputs: Record<string, SearchInput>, siteIsLast = true): Promise<{ pages: number; indexed: number }> {
    const written: Promise<KeyedStore<string>> = openStore<string>(join(work, 'cache'), 'search-bundles', 'test');
    const set: SearchBundleSet = searchBundleSet({ siteDir: join(work, 'site'), cacheDir: join(work, 'cache'), names: NAMES, primary: SEARCH_BUNDLE, written, siteIsLast: Promise.resolve(siteIsLast) });
    for (const [name, input] of Object.entries(inputs)) set.add(name, madePages(input));
    await set.setAside();
    const counts = await set.finished();
    await set.place();
    return counts;
  }

  const first: Record<string, SearchInput> = {
    [SEARCH_BUNDLE]: { records: [record('dossier', 'The dossier of the story')], pages: [] },
    'pagefind-a': { records: [record('water', 'Desalination plant opens'), record('power', 'Grid failure')], pages: [] },
    'pagefind-b': { records: [record('court', 'The court ruled on Friday')], pages: [] },
  };

  test('indexes again only the bundles whose pages changed, keeping the others file for file', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    expect(await build(work, first)).toEqual({ pages: 4, indexed: 4 });
    const site = join(work, 'site');
    const before = await writtenTimes(site);
    const changed = { ...first, 'pagefind-b': { records: [record('court', 'The court ruled on Monday')], pages: [] } };

    expect(await build(work, changed)).toEqual({ pages: 4, indexed: 1 });
    const after = await writtenTimes(site);
    const outside = (times: Map<string, number>) => [...times].filter(([file]) => !file.startsWith('/pagefind-b/')).sort();
    expect(outside(after)).toEqual(outside(before));
    // The changed bundle was written again: its metadata, named by its content, is a new file.
    const metaOf = (times: Map<string, number>) => [...times.keys()].filter((f) => f.startsWith('/pagefind-b/') && f.endsWith('.pf_meta'));
    expect(metaOf(after)).toHaveLength(1);
    expect(metaOf(after)).not.toEqual(metaOf(before));
  });

  test('makes the pages of a bundle only when it is indexed: a bundle kept whole is known by its key alone', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    await build(work, first);
    const made: string[] = [];
    const lazily = (name: string, key: string): BundlePages => ({ key, count: 1, make: () => (made.push(name), first[name]!) });
    const set = searchBundleSet({ siteDir: join(work, 'site'), cacheDir: join(work, 'cache'), names: NAMES, primary: SEARCH_BUNDLE, written: openStore<string>(join(work, 'cache'), 'search-bundles', 'test'), siteIsLast: Promise.resolve(true) });
    // The same keys as the first build's (madePages keys a bundle by its content), but for pagefind-b.
    set.add(SEARCH_BUNDLE, lazily(SEARCH_BUNDLE, madePages(first[SEARCH_BUNDLE]!).key));
    set.add('pagefind-a', lazily('pagefind-a', madePages(first['pagefind-a']!).key));
    set.add('pagefind-b', lazily('pagefind-b', 'another key'));
    await set.setAside();
    expect(await set.finished()).toEqual({ pages: 3, indexed: 1 });
    await set.place();
    expect(made).toEqual(['pagefind-b']);
  });

  test('keeps only the primary bundle’s search code, and removes a bundle the build no longer writes', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    await build(work, first);
    const site = join(work, 'site');
    expect((await readdir(join(site, SEARCH_BUNDLE))).some((name) => name === 'pagefind.js')).toBe(true);
    expect((await readdir(join(site, 'pagefind-a'))).some((name) => name.endsWith('.js'))).toBe(false);

    const { 'pagefind-b': _gone, ...rest } = first;
    expect(await build(work, rest)).toEqual({ pages: 3, indexed: 0 });
    expect((await readdir(site)).sort()).toEqual([SEARCH_BUNDLE, 'pagefind-a']);
    expect(await readdir(join(work, 'cache'))).not.toContain('pagefind-b');
  });

  test('indexes a bundle again when the site lost it or holds a half-written one, though its pages are the same', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    await build(work, first);
    const site = join(work, 'site');
    await writeFile(join(site, 'pagefind-a', '.casebook-writing'), 'stopped half-way\n');
    expect(await build(work, first)).toEqual({ pages: 4, indexed: 2 });
    expect(await readdir(join(site, 'pagefind-a'))).not.toContain('.casebook-writing');
  });

  test('keeps whole a bundle added after the bundles were set aside, as the dossier’s is', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    await build(work, first);
    const set = searchBundleSet({ siteDir: join(work, 'site'), cacheDir: join(work, 'cache'), names: NAMES, primary: SEARCH_BUNDLE, written: openStore<string>(join(work, 'cache'), 'search-bundles', 'test'), siteIsLast: Promise.resolve(true) });
    set.add('pagefind-a', madePages(first['pagefind-a']!));
    set.add('pagefind-b', madePages(first['pagefind-b']!));
    await set.setAside();
    set.add(SEARCH_BUNDLE, madePages(first[SEARCH_BUNDLE]!));
    expect(await set.finished()).toEqual({ pages: 4, indexed: 0 });
    await set.place();
    expect((await readdir(join(work, 'site'))).sort()).toEqual([SEARCH_BUNDLE, 'pagefind-a', 'pagefind-b']);
  });

  test('indexes every bundle again when the site is not the one the last build of this cache completed', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    await build(work, first);
    expect(await build(work, first, false)).toEqual({ pages: 4, indexed: 4 });
  });

  test('records what each bundle was written from before it moves into the site', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    await build(work, first);
    // A build whose pagefind-a changed stops while it places the bundles: pagefind-a is in the site, pagefind-b is not.
    const changed = { ...first, 'pagefind-a': { records: [record('water', 'Desalination plant closes')], pages: [] } };
    const set = searchBundleSet({ siteDir: join(work, 'site'), cacheDir: join(work, 'cache'), names: NAMES, primary: SEARCH_BUNDLE, written: openStore<string>(join(work, 'cache'), 'search-bundles', 'test'), siteIsLast: Promise.resolve(true) });
    for (const [name, input] of Object.entries(changed)) set.add(name, madePages(input));
    await set.setAside();
    await set.finished();
    await rm(join(work, 'cache', 'pagefind-b'), { recursive: true });
    await expect(set.place()).rejects.toThrow();
    // The next build has the first build's pages again: the pagefind-a in the site is not the one they make.
    const again = await build(work, first);
    // pagefind-a is indexed again, from its pages, and so is pagefind-b, which the stopped build left out of the site.
    expect(again.indexed).toBe(first['pagefind-a']!.records.length + first['pagefind-b']!.records.length);
  });

  test('writes nothing once discarded before the site is rebuilt: the site keeps the bundles it had', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    await build(work, first);
    const written = openStore<string>(join(work, 'cache'), 'search-bundles', 'test');
    const set = searchBundleSet({ siteDir: join(work, 'site'), cacheDir: join(work, 'cache'), names: NAMES, primary: SEARCH_BUNDLE, written, siteIsLast: Promise.resolve(true) });
    set.add('pagefind-c', madePages({ records: [record('new', 'A new page')], pages: [] }));
    const before = await writtenTimes(join(work, 'site'));
    await set.discard();
    expect(await writtenTimes(join(work, 'site'))).toEqual(before);
    expect(await readdir(join(work, 'cache'))).not.toContain('pagefind-c');
    expect((await readdir(join(work, 'site'))).sort()).toEqual([SEARCH_BUNDLE, 'pagefind-a', 'pagefind-b']);
  });

  test('refuses a bundle it does not know, or one added twice', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundles-'));
    const set = searchBundleSet({ siteDir: join(work, 'site'), cacheDir: join(work, 'cache'), names: NAMES, primary: SEARCH_BUNDLE, written: Promise.resolve(undefined), siteIsLast: Promise.resolve(true) });
    expect(() => set.add('pagefind-z', madePages(first[SEARCH_BUNDLE]!))).toThrow(/not one of the site's search bundles/);
    set.add('pagefind-a', madePages(first['pagefind-a']!));
    expect(() => set.add('pagefind-a', madePages(first['pagefind-a']!))).toThrow(/started twice/);
    await set.discard();
  });
});
