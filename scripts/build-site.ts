// The build behind `npm run build` (scripts/build.ts loads it): the command line around the pipeline, Astro and
// Pagefind: arguments, progress, summary, exit code.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ASTRO_ENV_NAMES, startAstro } from './astro-beside.ts';
import { buildEnvironment } from './build-environment.ts';
import { acquireBuildLock } from './build-lock.ts';
import { collectGarbage } from './collect-garbage.ts';
import { isLastSite, prepareOutput, type OutputFolder } from './output-folder.ts';
import { createProgress } from './progress.ts';
import { articleSearchRecords } from '../src/pipeline/article-search-records.ts';
import { dossierSearchRecord } from '../src/pipeline/dossier-search-record.ts';
import { entitySearchPages } from '../src/pipeline/entity-search-pages.ts';
import { INDEX_LANGUAGE } from '../src/pipeline/index-search.ts';
import { openBuildCache } from '../src/pipeline/build-cache.ts';
import { clearPending, clearPendingAtExit, contentWritten, markPending } from '../src/pipeline/pending-file.ts';
import { joinedPages, madePages, searchBundleSet, type BundlePages } from '../src/pipeline/search-bundle-set.ts';
import { allSearchBundles, groupBySearchPart, SEARCH_BUNDLE, searchPartBundle } from '../src/pipeline/search-bundles.ts';
import { startPipeline, type StageReport } from '../src/pipeline/run-pipeline.ts';
import type { Dossier, EntityPageData, RetiredId } from '../src/pipeline/schemas.ts';
import type { Article } from '../src/pipeline/types.ts';
import { writeEntityApi } from '../src/pipeline/write-entity-api.ts';

const USAGE = `Usage: npm run build -- [--seeds DIR] [--out DIR] [--strict] [--content DIR] [--base PATH] [--site URL]
  --seeds DIR     folder of .txt articles to build (default: seeds)
  --out DIR       where the site is written (default: dist)
  --strict        fail when any seed has a warning
  --content DIR   where generated MDX and data go, and where entities.yaml is read (default: content)
  --base PATH     sub-path the site is served under (default: /)
  --site URL      the site's public origin, for canonical links (default: https://casebook.example)
  --registry FILE the entity registry (default: <content>/entities.yaml)
  --lock FILE     the lock of published entity ids, read and extended (default: <content>/entities.lock.json)
  --max-seed-bytes N  skip seeds larger than this (default: 2097152)`;

/**
 * The search pages of `articles`, known by their slugs, seed names and seed digests: an article's record is made from
 * what ingest made of its seed, which the seed's name and bytes fix, and its slug. The records are made only when the
 * part is indexed.
 */
function articlePages(articles: Article[]): BundlePages {
  return {
    key: JSON.stringify(articles.map((article) => [article.slug, article.source, article.hash])),
    count: articles.length,
    make: () => ({ records: articleSearchRecords(articles, INDEX_LANGUAGE), pages: [] }),
  };
}

function fail(message: string): never {
  console.error(`casebook: ${message}`);
  process.exit(1);
}

const progress = createProgress(process.stdout);

function printStage({ stage, summary, ms }: StageReport): void {
  progress.finish(stage, summary, ms);
}

async function timeStage<T>(stage: string, work: () => Promise<T>, summarise: (value: T) => string): Promise<T> {
  progress.start(stage);
  const started = performance.now();
  const value = await work();
  printStage({ stage, summary: summarise(value), ms: performance.now() - started });
  return value;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'dist' },
        content: { type: 'string', default: 'content' },
        strict: { type: 'boolean', default: false },
        base: { type: 'string', default: '/' },
        site: { type: 'string', default: 'https://casebook.example' },
        'max-seed-bytes': { type: 'string' },
        registry: { type: 'string' },
        lock: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const maxSeedBytes = values['max-seed-bytes'] === undefined ? undefined : Number(values['max-seed-bytes']);
  if (maxSeedBytes !== undefined && !(maxSeedBytes > 0)) fail('--max-seed-bytes takes a positive number of bytes');
  if (!/^https?:$/.test(URL.parse(values.site)?.protocol ?? '')) {
    fail(`--site takes the site's public address with its scheme, like https://example.org, not "${values.site}"`);
  }
  const seedsDir = resolve(values.seeds);
  const outDir = resolve(values.out);
  const contentDir = resolve(values.content);
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const started = performance.now();

  // Astro hands the pages every variable of the environment as import.meta.env, over its own: a BASE_URL exported
  // for some other tool made every link of the site point under it, whatever --base said.
  for (const name of ASTRO_ENV_NAMES) delete process.env[name];
  Object.assign(process.env, buildEnvironment({ contentDir, outDir, base, site: values.site }));
  // Astro starts now, on a thread of its own, and waits in its loaders for the content that is marked as coming here:
  // it writes nothing to the site or the content folder before it has read the content (only its own caches). Astro's
  // build state under .astro/ is shared by every build of this checkout, so it starts only once no other build holds
  // the lock; the pipeline need not wait for that.
  const written = contentWritten(contentDir);
  await mkdir(contentDir, { recursive: true });
  await markPending(written);
  clearPendingAtExit(written);
  const locked = acquireBuildLock(resolve('.astro/casebook-build.lock'), (pid) =>
    console.log(`waiting    for another build of this checkout (process ${pid}) to finish: Astro's build state is shared`),
  );
  const astroPages = locked.then(() => startAstro({ root: process.cwd(), outDir, base, site: values.site }));
  // Looked at once the pipeline is done; until then a failure must not surface as unhandled.
  astroPages.catch(() => undefined);

  const cacheDir = join(contentDir, '.casebook-cache');
  const registryPath = resolve(values.registry ?? `${contentDir}/entities.yaml`);
  const lockPath = resolve(values.lock ?? `${contentDir}/entities.lock.json`);
  // Pagefind takes the articles, then the entity pages, in its own process while the pipeline works (in a rebuild from
  // the start of the entities stage, on the core that would wait for it), and writes their bundles while Astro renders;
  // the dossier goes into the primary bundle once it is made. A bundle whose pages are those of the site's is kept as
  // it is (search-bundles.ts). Nothing is written into the site until it is built, so a build that stops first leaves
  // the last site and its search alone.
  const search = searchBundleSet({
    siteDir: outDir,
    cacheDir,
    names: allSearchBundles(),
    primary: SEARCH_BUNDLE,
    written: openBuildCache(cacheDir).then((cache) => cache.open<string>('search-bundles')),
    // Read before anything of this build is written into the output folder.
    siteIsLast: isLastSite(outDir, cacheDir),
  });
  // The articles of the first part, which waits for the entity pages it also holds.
  let firstPart: Article[] | undefined;
  const onArticles = (articles: Article[]): void => {
    const parts = groupBySearchPart(articles, (article) => article.slug);
    for (const [part, members] of parts) if (part !== 0) search.add(searchPartBundle(part), articlePages(members));
    firstPart = parts.get(0) ?? [];
  };
  const onLinked = (_linked: Article[], entityPages: EntityPageData[]): void => {
    if (!firstPart) throw new Error('the pipeline linked its articles before it handed them to search');
    if (firstPart.length + entityPages.length > 0) {
      search.add(searchPartBundle(0), joinedPages(articlePages(firstPart), madePages({ records: [], pages: entitySearchPages(entityPages) })));
    }
  };
  // Only what the later stages need is kept from the pipeline, so its articles and entities can be freed. The pipeline
  // returns while its worker still makes the dossier: Astro reads the content meanwhile, and search takes the dossier's
  // record once it is known.
  // The entities, retired ids and dossier, kept only until their API files are written.
  let entityApi: { entities: EntityPageData[]; retired: RetiredId[]; dossier: Promise<Dossier>; sentencesDigests: ReadonlyMap<string, string> } | undefined;
  const { warnings, articles, entities, dossierRecord, muchNew, handDossier } = await startPipeline({
    seedsDir, contentDir, registryPath, lockPath, onStage: printStage, cacheDir, onArticles, onLinked, handDossierLater: true,
    onStageStart: (stage) => progress.start(stage),
    onProgress: (stage, done, total) => progress.update(stage, done, total),
    ...(maxSeedBytes ? { maxSeedBytes } : {}),
  }).then((result) => {
    entityApi = { entities: result.entities, retired: result.retired, dossier: result.dossier, sentencesDigests: result.sentencesDigests };
    return {
      warnings: result.warnings,
      articles: result.articles.length,
      entities: result.entities.length,
      dossierRecord: result.dossier.then((dossier) => dossierSearchRecord(dossier, INDEX_LANGUAGE)),
      muchNew: result.muchNew,
      handDossier: result.handDossier,
    };
  });
  // A dossier that fails is reported below, through the search that waits for it.
  dossierRecord.catch(() => undefined);
  for (const w of warnings) console.warn(`warning: ${w.file}: ${w.skipped ? 'skipped, ' : ''}${w.message}`);
  if (values.strict && warnings.length > 0) {
    fail(`--strict: ${warnings.length} warning(s) about ${new Set(warnings.map((w) => w.file)).size} seed file(s); nothing was built`);
  }
  if (articles === 0) fail(`no usable article in ${seedsDir}; add .txt files with the articles' text`);

  if (!firstPart) throw new Error('the pipeline never handed its pages to search');
  // The primary bundle once the dossier is made; a dossier that fails is reported through the search that waits for it.
  const dossierAdded = dossierRecord.then((record) => search.add(SEARCH_BUNDLE, madePages({ records: [record], pages: [] })));
  dossierAdded.catch(() => undefined);

  const lock = await locked;
  let output: OutputFolder | undefined;
  let pages: string[] = [];
  try {
    // The output folder is either kept for Astro to leave unchanged pages in, or cleared (Astro's own emptying is off).
    // Pagefind writes the search bundles in its own process meanwhile, over the last ones, which it takes from the site.
    await search.setAside();
    output = await prepareOutput(outDir, cacheDir);
    // The content is written and checked, and the output folder ready: Astro's loaders may read.
    await clearPending(written);
    // In a rebuild the dossier's worker gets its input now, off the way to the content (handDossierLater).
    handDossier();
    // The pipeline's data is garbage now but for the entities, which stay for their API files: the rest goes before
    // Astro's heap grows, and its memory back to the system after a build with much new text, when Astro renders much.
    collectGarbage(muchNew);
    // The entities' API files, on this thread while Astro renders on its own, once the dossier's worker has freed a core
    // (started at once, they took that core from Astro's content sync and the dossier); into a kept folder, only those
    // that changed.
    const apiWritten = Promise.all([openBuildCache(cacheDir).then((cache) => cache.open<string>('written-entity-api')), entityApi!.dossier.catch(() => undefined)])
      .then(([store, dossier]) => writeEntityApi(outDir, base, entityApi!.entities, entityApi!.retired, dossier, store, output?.kept, entityApi!.sentencesDigests))
      .finally(() => {
        // Only counts and warnings are kept from the pipeline now.
        entityApi = undefined;
        collectGarbage(muchNew);
      });
    apiWritten.catch(() => undefined);
    pages = await timeStage('astro', () => astroPages, () => `site written to ${outDir}${output?.kept ? ', unchanged pages kept' : ''}`);
    await output.prune([...pages, ...(await apiWritten)]);
  } catch (error) {
    // Pagefind may be writing into the kept bundles: let it finish, so that no half-written file is reused next time.
    // When the dossier failed, Astro failed for want of it: the dossier's error is the one to report. A dossier held
    // back until now is made, so that waiting for it ends.
    handDossier();
    await search.discard();
    await dossierRecord;
    throw error;
  } finally {
    await output?.deleted;
    await lock.release();
  }
  await timeStage(
    'pagefind',
    async () => {
      await dossierAdded;
      const counts = await search.finished();
      await search.place();
      return counts;
    },
    ({ pages, indexed }) =>
      indexed === pages ? `${pages} pages indexed, while Astro built the site` : `${pages} pages in search, ${indexed} of them indexed again, while Astro built the site`,
  );
  await output.complete();

  progress.close();
  const skipped = warnings.filter((w) => w.skipped).length;
  console.log(
    `done       ${articles} articles, ${entities} entity pages, the dossier; ${skipped} seed(s) skipped, ${warnings.length} warning(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  const err = error instanceof Error ? error : new Error(String(error));
  console.error(`casebook: the build failed: ${err.message}`);
  if (err.cause instanceof Error) console.error(`  because: ${err.cause.message}`);
  if (process.env['CASEBOOK_DEBUG']) console.error(err.stack);
  process.exit(1);
});
