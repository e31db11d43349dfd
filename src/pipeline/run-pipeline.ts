// The order in which the stages run: read → ingest → slugs → recognise and link → write, with the dossier (synthesise)
// made on a worker thread beside the write stage and, in a build, beside Astro.
import { join } from 'node:path';
import { assignSlugs } from './assign-slugs.ts';
import { buildEntityData } from './build-entity-data.ts';
import { entityDataFiles } from './entity-files.ts';
import { describeFromCorpus } from './describe-from-corpus.ts';
import { extendLock, readLock, retiredIds, writeLock } from './entity-lock.ts';
import { linkedTexts, linkMentions } from './link-mentions.ts';
import { loadRegistry } from './load-registry.ts';
import { firstNamesHere, recogniseEntities, type KeepByText } from './recognise-entities.ts';
import type { Dossier, EntityPageData, RetiredId } from './schemas.ts';
import type { IngestedArticle } from './ingest.ts';
import { factsInputs, resolveAuthors, type DossierInput, type DossierStep } from './make-dossier.ts';
import { mapParallel, runBeside, runBesideInTwo, startWorkersAhead } from './parallel-map.ts';
import { writeWhenKnown } from './pending-file.ts';
import { openBuildCache, pipelineVersion, textGroups } from './build-cache.ts';
import { packMatches, unpackMatches } from './match-names.ts';
import { taggerKey, type ReadFirstNames, type ReadTagger } from './discover-entities.ts';
import type { TaggerReading, TaggerRequest } from './guess-entity-type.ts';
import { readSeedBytes, readSeeds } from './read-seeds.ts';
import { readStamps, writeStamps } from './file-stamps.ts';
import type { Article, SeedWarning } from './types.ts';
import { dataFile, dataText, writeContent } from './write-content.ts';

/**
 * How many seeds must be new or changed for work to be started ahead on other threads: the tagger's workers before
 * its names are known, the dossier's figures and dates before the entities are. Each seed brings a few names to read
 * (about three at 3,000 bench articles) and a dozen paragraphs; a hundred give enough to share, and a rebuild after an
 * edit, with little to read, starts no thread.
 */
export const AHEAD_MIN_SEEDS = 100;

/** Where the seeds' stamps are remembered in the cache folder, and the key they are kept under (what their digest is of). */
const SEED_STAMPS_FILE = 'seed-stamps.json';
const SEED_STAMPS_KEY = 'sha-256 of the seed bytes';

/** Where the pipeline reads and writes. */
export interface PipelineOptions {
  seedsDir: string;
  contentDir: string;
  /** The editor's registry (content/entities.yaml); missing means empty. */
  registryPath: string;
  /** The committed lock of published entity ids; read, then extended. */
  lockPath: string;
  maxSeedBytes?: number;
  /** Where a build keeps work for the next one (content/.casebook-cache); without it every seed is processed afresh. */
  cacheDir?: string;
  /** Called once per finished stage, for the command line's progress lines. */
  onStage?: (stage: StageReport) => void;
  /** Called when a stage starts, and as a long stage advances through its items. */
  onStageStart?: (stage: string) => void;
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Called once with the articles as search indexes them (their slugs, titles and text; their links are not needed):
   * in a rebuild as soon as their slugs are known, so that a core that would wait for the entities stage indexes them;
   * when new text keeps both cores busy (AHEAD_MIN_SEEDS), just before onLinked.
   */
  onArticles?: (articles: Article[]) => void;
  /** Called once the articles are linked and the entity pages known, before the dossier: search can start on them. */
  onLinked?: (articles: Article[], entities: EntityPageData[]) => void;
  /**
   * In a rebuild, hand the dossier's worker (which opens its stores during the entities stage) its input only when
   * the caller calls StartedPipeline.handDossier, which the build does once Astro may read the content: copying the
   * linked articles to the worker took about 0.1 s of this thread at 3,000 articles, on the way to the content, and
   * the dossier, made in about 1.5 s, is still ready before Astro renders the pages that show it.
   */
  handDossierLater?: boolean;
}

/** What one stage did, for the progress line. */
export interface StageReport {
  stage: string;
  summary: string;
  ms: number;
}

/** Everything the pipeline made, for the build summary and for tests. */
export interface PipelineResult {
  articles: Article[];
  entities: EntityPageData[];
  retired: RetiredId[];
  dossier: Dossier;
  warnings: SeedWarning[];
}

/** The pipeline once its content is written, with the dossier still being made: `dossier` settles once its file is. */
export interface StartedPipeline extends Omit<PipelineResult, 'dossier'> {
  dossier: Promise<Dossier>;
  /** Each entity's digest of its sentences by id, as contexts.json holds it: what tells whether its API file changed. */
  sentencesDigests: ReadonlyMap<string, string>;
  /** Whether at least AHEAD_MIN_SEEDS seeds were new or changed: a build with much new text, not a rebuild after edits. */
  muchNew: boolean;
  /** Hands the dossier's worker its input when it was held back (handDossierLater); else, or called again, does nothing. */
  handDossier: () => void;
}

/**
 * Runs every stage over a seed folder and writes the site's content; per-seed problems become warnings. It returns
 * once everything but the dossier is written, so that the site can be built while the dossier is made.
 */
export async function startPipeline(options: PipelineOptions): Promise<StartedPipeline> {
  const timed = stageTimer(options.onStage, options.onStageStart);

  // A seed whose stamp is the one the last build remembered is known by the digest remembered with it, unread.
  const seedStamps = options.cacheDir ? join(options.cacheDir, SEED_STAMPS_FILE) : undefined;
  const { seeds, warnings } = await timed('read', async () => {
    const remembered = seedStamps ? await readStamps(seedStamps, SEED_STAMPS_KEY) : new Map();
    const read = await readSeeds(options.seedsDir, options.maxSeedBytes, remembered);
    return { value: read, summary: `${read.seeds.length} seed files` };
  });

  const cache = await openBuildCache(options.cacheDir);

  // Settles once the tagger has read the names of new text (or had none to read).
  const taggerRead = Promise.withResolvers<void>();
  // aheadOfTime: whether enough seeds are new for work to be started ahead on other threads (AHEAD_MIN_SEEDS).
  const { ingested, factsKept, dossierAhead, aheadOfTime } = await timed('ingest', async () => {
    const articles: IngestedArticle[] = [];
    // An unchanged seed (same name and bytes, same pipeline code) gives the same result: reuse the last build's.
    const { results, reused } = await cache.map('ingest', seeds, (seed) => `${seed.file}\n${seed.digest}`, async (changed) =>
      mapParallel('ingest', await Promise.all(changed.map((seed) => readSeedBytes(options.seedsDir, seed))), (done, total) => options.onProgress?.('ingest', done, total)),
    );
    if (seedStamps) await writeStamps(seedStamps, SEED_STAMPS_KEY, new Map(seeds.filter((seed) => seed.stamp.settled).map((seed) => [seed.file, { stamp: seed.stamp.stamp, digest: seed.digest }])));
    for (const [i, seed] of seeds.entries()) {
      const result = results[i]!;
      if (!result.ok) {
        warnings.push({ file: seed.file, message: result.reason, skipped: true });
        continue;
      }
      for (const message of result.warnings) warnings.push({ file: seed.file, message, skipped: false });
      articles.push(result.article);
    }
    const aheadOfTime = seeds.length - reused >= AHEAD_MIN_SEEDS;
    // New text brings names the tagger has not read: its workers load while this thread finds them (about a second).
    if (aheadOfTime) startWorkersAhead('tagger');
    // And paragraphs the dossier has not read: their figures and dates go into the cache on another thread, which
    // loads now and starts once the tagger has read the names. Started with the tagger, it took a core from it and
    // left one idle while this thread links the names alone.
    const factsKept = aheadOfTime && options.cacheDir ? keepFactsAhead(articles, options.cacheDir, taggerRead.promise) : undefined;
    // When little is new, the dossier's worker starts now and opens and parses its stores while this thread
    // recognises the entities (the other core is then partly idle); it is given the rest once they are known.
    const dossierAhead = !aheadOfTime && options.cacheDir ? startDossierBeside({ warm: options.cacheDir }) : undefined;
    const langs = [...new Set(articles.map((a) => a.lang))].sort().join(', ');
    const unchanged = options.cacheDir ? `, ${reused} unchanged since the last build` : '';
    return { value: { ingested: articles, factsKept, dossierAhead, aheadOfTime }, summary: `${articles.length} articles (${langs || 'none'})${unchanged}` };
  });

  const { articles, entities, retired, resolveName } = await timed('entities', async () => {
    const registry = await loadRegistry(options.registryPath);
    const lock = await readLock(options.lockPath);
    const slugged = assignSlugs(ingested);
    if (!aheadOfTime) options.onArticles?.(slugged);
    // The tagger's readings are kept across builds by sentence and name, and new ones are spread over worker threads.
    const readTagger: ReadTagger = async (requests) => {
      try {
        return (await cache.map<TaggerRequest, TaggerReading>('tagger', requests, taggerKey, (missing) => mapParallel('tagger', missing))).results;
      } finally {
        taggerRead.resolve();
      }
    };
    // And its answers about first names, by word: a rebuild that reads no new name never loads the tagger on this thread.
    const readFirstNames: ReadFirstNames = async (words) => (await cache.map('first-names', words, (word) => word, firstNamesHere)).results;
    // And what it finds in each paragraph (name candidates, other-script spellings), by its text and what else decides it.
    const keep: KeepByText = (name, inputs, compute) => cache.byText(name, inputs, compute);
    const recognised = await recogniseEntities(slugged, registry, readTagger, keep, readFirstNames);
    // Each paragraph's matches are kept by its text and the matcher's patterns: when a rebuild finds the same entities,
    // only the paragraphs that changed are matched again.
    const { matcher } = recognised;
    const matchKept = await cache.byText('matches', textGroups(slugged, linkedTexts, matcher.key), ({ text }) => packMatches(matcher.match(text)));
    const linked = linkMentions(slugged, { key: matcher.key, match: (text) => unpackMatches(matchKept(text, matcher.key)) });
    const described = describeFromCorpus(recognised.entities, linked);
    const data = buildEntityData(described, linked);
    const withPages = new Set(data.map((d) => d.id));
    const published = described.filter((e) => withPages.has(e.id));
    const retiredList = retiredIds(lock, published, recognised.formerIds);
    await writeLock(options.lockPath, extendLock(lock, published));
    const mentions = data.reduce((n, d) => n + d.mentions.reduce((m, x) => m + x.count, 0), 0);
    return {
      value: { articles: linked, entities: data, retired: retiredList, resolveName: (name: string) => recognised.matcher.match(name)[0]?.entity ?? null },
      summary: `${data.length} entities (${registry.length} in the registry), ${mentions} mentions, ${retiredList.length} retired ids`,
    };
    // Also when the stage failed before its tagger read anything: the facts' and the dossier's workers must not wait for ever.
  })
    .catch((error: unknown) => {
      dossierAhead?.fail(error);
      throw error;
    })
    .finally(() => taggerRead.resolve());

  try {
    if (aheadOfTime) options.onArticles?.(articles);
    options.onLinked?.(articles, entities);
  } catch (error) {
    // The dossier's worker started ahead must not wait for an input that will never come.
    dossierAhead?.fail(error);
    throw error;
  }

  // The dossier is made on a worker thread while this one writes the content, and its file is marked as coming, so
  // that the site can be built meanwhile: the pages that show the dossier wait for it (pending-file.ts).
  const dossierInput: DossierInput = {
    articles,
    entities: entities.map(({ id, type, name }) => ({ id, type, name })),
    authors: resolveAuthors(articles, resolveName),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  };
  const { made, hand } =
    dossierAhead && options.handDossierLater
      ? dossierHeldBack(dossierInput, timed, dossierAhead)
      : { made: makeDossierBeside(dossierInput, timed, dossierAhead, factsKept), hand: () => undefined };
  const written = timed('write', async () => {
    const kept = await cache.open<string>('written-articles');
    const { files, sentencesDigests } = entityDataFiles(entities, await pipelineVersion());
    await writeContent(options.contentDir, articles, { ...files, retired: { all: { ids: retired } } }, kept, ['dossier']);
    return { value: sentencesDigests, summary: `${articles.length} MDX files and ${entities.length} entity records in ${options.contentDir}` };
  });
  const dossier = writeDossierWhenMade(dataFile(options.contentDir, 'dossier'), made, written);
  const sentencesDigests = await written;

  return { articles, entities, retired, dossier, warnings, sentencesDigests, muchNew: aheadOfTime, handDossier: hand };
}

/**
 * The dossier of `input`, made by the worker `ahead` once `hand` is called (handDossierLater). Its own function, so
 * that only `hand` holds the input, and lets go of it once handed.
 */
function dossierHeldBack(input: DossierInput, timed: Timed, ahead: DossierBeside): { made: Promise<Dossier>; hand: () => void } {
  let held: DossierInput | undefined = input;
  const handed = Promise.withResolvers<Dossier>();
  return {
    made: handed.promise,
    hand: () => {
      if (!held) return;
      const value = held;
      held = undefined;
      makeDossierBeside(value, timed, ahead).then(handed.resolve, handed.reject);
    },
  };
}

/** Runs every stage and waits for the dossier too: the whole pipeline, for callers that do not build the site beside it. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  // Never held back, as nothing here would hand it over; and what it returns holds data only.
  const { handDossier, ...started } = await startPipeline({ ...options, handDossierLater: false });
  return { ...started, dossier: await started.dossier };
}

/** The dossier's worker thread, started with its first step and waiting for the dossier's input. */
interface DossierBeside {
  /** Gives the worker what it makes the dossier from. */
  make: (input: DossierInput) => void;
  /** Ends the worker: the stages before the dossier failed. */
  fail: (error: unknown) => void;
  made: Promise<Dossier>;
}

/** Starts the dossier's worker thread on `first`; it makes the dossier once `make` gives it its input. */
function startDossierBeside(first: DossierStep): DossierBeside {
  let input: PromiseWithResolvers<DossierStep> | undefined = Promise.withResolvers<DossierStep>();
  const made = runBesideInTwo('dossier', first, input.promise).then((dossier) => {
    if (!dossier) throw new Error("the dossier's worker thread gave no dossier");
    return dossier;
  });
  // Looked at through writeDossierWhenMade; until the content is written a failure must not surface as unhandled.
  made.catch(() => undefined);
  return {
    make: (value) => {
      input?.resolve({ make: value });
      input = undefined;
    },
    fail: (error) => {
      input?.reject(error);
      input = undefined;
    },
    made,
  };
}

/**
 * Makes the dossier on a worker thread: `ahead`'s, started at the end of ingest, or one started now, once the figures
 * and dates kept ahead are in the cache. Its own function, so that no closure of the pipeline's holds the articles
 * while the worker works: this thread's copy can be freed before Astro starts.
 */
function makeDossierBeside(input: DossierInput, timed: Timed, ahead: DossierBeside | undefined, factsKept?: Promise<void>): Promise<Dossier> {
  let making: Promise<Dossier>;
  if (ahead) {
    ahead.make(input);
    making = ahead.made;
  } else {
    making = dossierAfter(input, factsKept);
  }
  const made = timed('dossier', async () => {
    const value = await making;
    const summary = `${value.figures.length} figures, ${value.quotes.length} quotes, ${value.timeline.length} dates, ${value.claims.length} shared claims, ${value.discrepancies.length} discrepancies`;
    return { value, summary };
  });
  // Looked at through writeDossierWhenMade; until the content is written a failure must not surface as unhandled.
  made.catch(() => undefined);
  return made;
}

/**
 * Reads the dossier's figures and dates of `articles` into the cache on a worker thread, which starts now and is
 * given the articles once `after` settles. Settles once they are kept, or failed to be: the dossier then reads them
 * itself, so a failure here costs time, never the build.
 */
function keepFactsAhead(articles: IngestedArticle[], cacheDir: string, after: Promise<unknown>): Promise<void> {
  return runBeside('paragraph-facts', { inputs: factsInputs(articles), cacheDir }, after).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * The dossier made on a worker thread started once `factsKept` settles. Its own function: a closure that holds `input`
 * in makeDossierBeside would keep it, in the scope it shares with the stage's timer, until the dossier is made.
 */
async function dossierAfter(input: DossierInput, factsKept: Promise<void> | undefined): Promise<Dossier> {
  await factsKept;
  const beside = startDossierBeside({ warm: undefined });
  beside.make(input);
  // Nothing is awaited after this, so this frame, and `input` with it, is gone once the worker has the input.
  return beside.made;
}

/** Writes the dossier's file once it is made and the content (with the file's marker) is written; settles after. */
function writeDossierWhenMade(path: string, made: Promise<Dossier>, written: Promise<unknown>): Promise<Dossier> {
  const text = written.then(() => made).then((value) => dataText({ all: value }));
  const dossier = writeWhenKnown(path, text).then(() => made);
  dossier.catch(() => undefined);
  return dossier;
}

type Timed = <T>(stage: string, work: () => Promise<{ value: T; summary: string }>) => Promise<T>;

/** Wraps a stage so that its duration and summary reach the progress reporter. */
function stageTimer(onStage: PipelineOptions['onStage'], onStart: PipelineOptions['onStageStart']): Timed {
  return async (stage, work) => {
    onStart?.(stage);
    const started = performance.now();
    const { value, summary } = await work();
    onStage?.({ stage, summary, ms: performance.now() - started });
    return value;
  };
}
