import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dropForeignBundle, keepIndexFilesOnly, placeSearchBundle, pruneSearchBundle, setAsideSearchBundle, writingBundle } from '../../src/pipeline/reuse-search-bundle.ts';
import { packIndexFile } from '../helpers/search-bundle.ts';

const PAGEFIND_VERSION = (JSON.parse(await readFile(join(import.meta.dirname, '../../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

/** A bundle whose metadata lists `pages`, one index chunk and one filter, plus files of an older build beside them. */
async function bundleWith(dir: string, pages: string[], version = PAGEFIND_VERSION): Promise<string> {
  for (const sub of ['fragment', 'index', 'filter']) await mkdir(join(dir, sub), { recursive: true });
  for (const page of [...pages, 'en_old']) await writeFile(join(dir, 'fragment', `${page}.pf_fragment`), packIndexFile({ url: page }));
  await writeFile(join(dir, 'index', 'en_words.pf_index'), packIndexFile([]));
  await writeFile(join(dir, 'index', 'en_oldwords.pf_index'), packIndexFile([]));
  await writeFile(join(dir, 'filter', 'en_kind.pf_filter'), packIndexFile(['kind', []]));
  await writeFile(join(dir, 'filter', 'en_oldkind.pf_filter'), packIndexFile(['kind', []]));
  const meta = [version, pages.map((p) => [p, 100]), [['a', 'z', 'en_words']], [['kind', 'en_kind']], [], ['title']];
  await writeFile(join(dir, 'pagefind.en_meta.pf_meta'), packIndexFile(meta));
  await writeFile(join(dir, 'pagefind.en_oldmeta.pf_meta'), packIndexFile(meta));
  await writeFile(join(dir, 'pagefind-entry.json'), JSON.stringify({ version, languages: { en: { hash: 'en_meta', page_count: pages.length } } }));
  await writeFile(join(dir, 'pagefind.js'), '// the search code');
  return dir;
}

const listing = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();

describe('reusing the last search bundle', () => {
  test('pruning keeps exactly the files the metadata refers to, and the files that are not index files', async () => {
    const dir = await bundleWith(await mkdtemp(join(tmpdir(), 'casebook-bundle-')), ['en_a', 'en_b']);
    expect(await pruneSearchBundle(dir)).toBe(4);
    expect(await listing(dir)).toEqual([
      'filter/en_kind.pf_filter',
      'fragment/en_a.pf_fragment',
      'fragment/en_b.pf_fragment',
      'index/en_words.pf_index',
      'pagefind-entry.json',
      'pagefind.en_meta.pf_meta',
      'pagefind.js',
    ]);
  });

  test('a bundle set aside before the site is rebuilt comes back into the new site, replacing what is there', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundle-'));
    await bundleWith(join(work, 'dist', 'pagefind'), ['en_a']);
    const before = await listing(join(work, 'dist', 'pagefind'));
    const keep = join(work, 'content', '.casebook-cache', 'pagefind');
    await setAsideSearchBundle(join(work, 'dist'), keep);
    expect(await readdir(join(work, 'dist'))).toEqual([]);
    await dropForeignBundle(keep);
    await mkdir(join(work, 'dist', 'pagefind'));
    await writeFile(join(work, 'dist', 'pagefind', 'stray.txt'), 'not part of the bundle');
    await placeSearchBundle(keep, join(work, 'dist'));
    expect(await listing(join(work, 'dist', 'pagefind'))).toEqual(before);
  });

  test('a bundle written by another Pagefind version is dropped, not reused', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundle-'));
    const keep = await bundleWith(join(work, 'kept'), ['en_a'], '0.0.1');
    await dropForeignBundle(keep);
    expect(await readdir(work)).toEqual([]);
  });

  test('a bundle whose writing was stopped half-way is dropped, and one written to the end is kept', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundle-'));
    const stopped = join(work, 'stopped');
    await writingBundle(stopped, async () => {
      await bundleWith(stopped, ['en_a']);
      throw new Error('the build was stopped');
    }).catch(() => undefined);
    const finished = join(work, 'finished');
    await writingBundle(finished, () => bundleWith(finished, ['en_a']));
    await dropForeignBundle(stopped);
    await dropForeignBundle(finished);
    expect(await readdir(work)).toEqual(['finished']);
    expect(await listing(finished)).not.toContain('.casebook-writing');
  });

  test('setting aside leaves the kept bundle alone when the site has none', async () => {
    const work = await mkdtemp(join(tmpdir(), 'casebook-bundle-'));
    const keep = await bundleWith(join(work, 'kept'), ['en_a']);
    await mkdir(join(work, 'dist'));
    await setAsideSearchBundle(join(work, 'dist'), keep);
    expect(await listing(keep)).toContain('fragment/en_a.pf_fragment');
  });

  test('a bundle merged into another keeps its entry, metadata and index files, without scripts or WebAssembly', async () => {
    const dir = await bundleWith(await mkdtemp(join(tmpdir(), 'casebook-merged-')), ['en_a']);
    await writeFile(join(dir, 'wasm.en.pagefind'), 'wasm');
    await writeFile(join(dir, 'pagefind-ui.css'), 'css');
    const before = await listing(dir);
    await keepIndexFilesOnly(dir);
    const kept = await listing(dir);
    expect(kept).toEqual(before.filter((name) => !['pagefind.js', 'wasm.en.pagefind', 'pagefind-ui.css'].includes(name)));
    expect(kept).toContain('pagefind-entry.json');
    expect(kept.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(2);
  });
});
