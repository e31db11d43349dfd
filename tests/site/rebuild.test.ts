// A rebuild in the same folders reuses the last build's work (content/.casebook-cache, content/.astro-cache) and must
// still give exactly the site a fresh build of the same seeds gives: no stale article, no page of a removed seed.
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { elementsIn, readHtml, visibleText } from '../helpers/html.ts';
import { ROOT, runBuild, type BuildRun } from '../helpers/run-build.ts';
import { snapshotFolder } from '../helpers/search-bundle.ts';
import { searchPartBundle } from '../../src/pipeline/search-bundles.ts';

interface ApiArticles {
  articles: Array<{ slug: string; source: string }>;
}

/** The article page folders under dist/articles/ (beside the list of all articles, articles/index.html). */
const articleFolders = async (outDir: string): Promise<string[]> =>
  (await readdir(join(outDir, 'articles'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;
const ADDED = 'The article was corrected on Friday after a reader wrote to Ingrid Solberg.';

describe('a rebuild after seeds change', () => {
  let rebuilt: BuildRun;
  let fresh: BuildRun;
  let edited: string;
  let removed: string;
  let rebuildStarted: number;

  beforeAll(async () => {
    const seeds = await mkdtemp(join(tmpdir(), 'casebook-seeds-'));
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    const first = await runBuild(seeds);
    expect(first.code, first.stderr).toBe(0);

    const names = (await readdir(seeds)).sort();
    edited = names[0]!;
    removed = names[1]!;
    await writeFile(join(seeds, edited), `${await readFile(join(seeds, edited), 'utf8')}\n${ADDED}\n`);
    await rm(join(seeds, removed));
    rebuildStarted = Date.now();
    rebuilt = await runBuild(seeds, [], first.workDir);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    fresh = await runBuild(seeds);
    expect(fresh.code, fresh.stderr).toBe(0);
  });

  test('reuses the work on the seeds that did not change', () => {
    expect(rebuilt.stdout).toMatch(/^ingest .*, 3 unchanged since the last build/m);
  });

  test('shows the edited article with its new sentence and drops the removed one', async () => {
    const { articles } = await readJson<ApiArticles>(join(rebuilt.outDir, 'api/articles.json'));
    expect(articles.map((a) => a.source)).not.toContain(removed);
    const slug = articles.find((a) => a.source === edited)?.slug;
    const page = await readHtml(join(rebuilt.outDir, 'articles', slug!, 'index.html'));
    expect(elementsIn(page, '.para').map(visibleText).some((text) => text.includes(ADDED))).toBe(true);
    expect(await articleFolders(rebuilt.outDir)).toEqual(articles.map((a) => a.slug).sort());
  });

  test('gives the same article pages, article list, dossier and entity records as a fresh build of the same seeds', async () => {
    const files = async (run: BuildRun) => {
      const slugs = await articleFolders(run.outDir);
      const pages = await Promise.all(slugs.map((slug) => readFile(join(run.outDir, 'articles', slug, 'index.html'), 'utf8')));
      const api = await Promise.all(['api/articles.json', 'api/dossier.json', 'api/entities.json'].map((f) => readFile(join(run.outDir, f), 'utf8')));
      const entityFiles = (await readdir(join(run.outDir, 'api/entities'))).sort();
      const entities = await Promise.all(entityFiles.map((f) => readFile(join(run.outDir, 'api/entities', f), 'utf8')));
      return { slugs, pages, api, entityFiles, entities };
    };
    expect(await files(rebuilt)).toEqual(await files(fresh));
  });

  test('keeps the last site in place for Astro and ends with exactly the files of a fresh build', async () => {
    expect(rebuilt.stdout).toMatch(/^astro .*unchanged pages kept/m);
    expect(await snapshotFolder(rebuilt.outDir)).toEqual(await snapshotFolder(fresh.outDir));
  });

  test('reuses the unchanged files of the last search bundles and ends with the bundles a fresh build writes', async () => {
    const bundles = async (outDir: string) => (await readdir(outDir)).filter((name) => name.startsWith('pagefind')).sort();
    expect(await bundles(rebuilt.outDir)).toEqual(await bundles(fresh.outDir));
    for (const bundle of await bundles(rebuilt.outDir)) {
      expect(await snapshotFolder(join(rebuilt.outDir, bundle)), bundle).toEqual(await snapshotFolder(join(fresh.outDir, bundle)));
    }
    // Five articles make one part, which holds the entity pages too: the edit changed it, and it was written again
    // over the files that were still right.
    const fragments = join(rebuilt.outDir, searchPartBundle(0), 'fragment');
    const written = await Promise.all((await readdir(fragments)).map(async (name) => (await stat(join(fragments, name))).mtimeMs));
    expect(written.filter((ms) => ms < rebuildStarted).length, 'fragments of unchanged pages kept from the first build').toBeGreaterThan(0);
    expect(written.filter((ms) => ms >= rebuildStarted).length, 'fragments of the edited article and the pages around it').toBeGreaterThan(0);
  });
});
