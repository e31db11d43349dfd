// Search in parts at a size where the articles make several: a rebuild after one seed changed indexes again only the
// part that holds its article, and ends with the bundles a fresh build of the same seeds writes.
import { appendFile, mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { searchPartBundle, searchPartOf, searchParts } from '../../src/pipeline/search-bundles.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';
import { snapshotFolder } from '../helpers/search-bundle.ts';

/** Enough articles for two parts. */
const ARTICLES = 520;

/** The times every file under `dir` was last written. */
async function writtenTimes(dir: string): Promise<number[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).mtimeMs));
}

let rebuilt: BuildRun;
let fresh: BuildRun;
let rebuildStarted: number;
let editedPart: number;

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'casebook-parts-'));
  const seeds = join(work, 'seeds');
  await generateCorpus(ARTICLES, seeds);
  const options = (name: string) => ['--registry', join(work, 'none.yaml'), '--lock', join(work, `${name}.lock.json`)];
  const first = await runBuild(seeds, options('first'));
  expect(first.code, first.stderr).toBe(0);
  const { articles } = JSON.parse(await readFile(join(first.outDir, 'api/articles.json'), 'utf8')) as { articles: Array<{ slug: string; source: string }> };
  const edited = articles[0]!;
  editedPart = searchPartOf(edited.slug, searchParts(articles.length));
  await appendFile(join(seeds, edited.source), '\nThe figures were corrected on Friday.\n');
  rebuildStarted = Date.now();
  rebuilt = await runBuild(seeds, options('first'), first.workDir);
  expect(rebuilt.code, rebuilt.stderr).toBe(0);
  fresh = await runBuild(seeds, options('fresh'));
  expect(fresh.code, fresh.stderr).toBe(0);
});

describe('search in parts, rebuilt after one seed changed', () => {
  test('indexes again only the part of the changed article', async () => {
    expect(searchParts(ARTICLES)).toBe(2);
    const other = searchPartBundle(1 - editedPart);
    expect((await writtenTimes(join(rebuilt.outDir, other))).filter((ms) => ms >= rebuildStarted), `files of ${other} written again`).toEqual([]);
    const changed = await writtenTimes(join(rebuilt.outDir, searchPartBundle(editedPart)));
    expect(changed.filter((ms) => ms >= rebuildStarted).length, 'files of the changed part written again').toBeGreaterThan(0);
    const [, total, indexed] = /^pagefind +(\d+) pages in search, (\d+) of them indexed again/m.exec(rebuilt.stdout) ?? [];
    expect(Number(indexed)).toBeGreaterThan(0);
    expect(Number(indexed)).toBeLessThan(Number(total) / 2);
  });

  test('ends with the bundles a fresh build of the same seeds writes', async () => {
    const bundles = async (outDir: string) => (await readdir(outDir)).filter((name) => name.startsWith('pagefind')).sort();
    expect(await bundles(rebuilt.outDir)).toEqual([`pagefind`, searchPartBundle(0), searchPartBundle(1)]);
    expect(await bundles(fresh.outDir)).toEqual(await bundles(rebuilt.outDir));
    for (const bundle of await bundles(rebuilt.outDir)) {
      expect(await snapshotFolder(join(rebuilt.outDir, bundle)), bundle).toEqual(await snapshotFolder(join(fresh.outDir, bundle)));
    }
  });

  test('has the search page merge both parts into the primary bundle', async () => {
    const page = await readFile(join(rebuilt.outDir, 'search/index.html'), 'utf8');
    expect(/data-merged-bundles="([^"]*)"/.exec(page)?.[1]).toBe(`/${searchPartBundle(0)}/ /${searchPartBundle(1)}/`);
  });
});
