// The dossier made on a worker thread beside the write stage: the same dossier as on this thread, and its file written
// once it is known, with nothing left marking it as coming.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { parseEntityId, paragraphId } from '../../src/pipeline/ids.ts';
import { factsInputs, makeDossier, resolveAuthors, warmDossierStores, type DossierInput } from '../../src/pipeline/make-dossier.ts';
import { runBeside, runBesideInTwo } from '../../src/pipeline/parallel-map.ts';
import { startPipeline, type PipelineResult } from '../../src/pipeline/run-pipeline.ts';
import { articleOf } from '../helpers/articles.ts';
import { statedTexts } from '../../src/pipeline/dossier/stated-texts.ts';

let dir: string;
let result: PipelineResult;

/** How often this thread read a text's figures or an article's quotes (a worker thread's are not counted: it loads its own modules). */
const readings = vi.hoisted(() => ({ figures: 0, quotes: 0, words: 0, grouped: 0 }));

/** `read`, counting its calls under `name` in `readings`. */
const counting = vi.hoisted(
  () =>
    <A extends unknown[], R>(name: 'figures' | 'quotes' | 'words' | 'grouped', read: (...args: A) => R) =>
    (...args: A): R => {
      readings[name]++;
      return read(...args);
    },
);

vi.mock('../../src/pipeline/dossier/extract-figures.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/dossier/extract-figures.ts')>();
  return { ...actual, figuresInText: counting('figures', actual.figuresInText) };
});

vi.mock('../../src/pipeline/dossier/extract-quotes.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/dossier/extract-quotes.ts')>();
  return { ...actual, extractQuotes: counting('quotes', actual.extractQuotes) };
});

vi.mock('../../src/pipeline/dossier/group-quotes.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/dossier/group-quotes.ts')>();
  return { ...actual, groupQuotes: counting('grouped', actual.groupQuotes) };
});

vi.mock('../../src/pipeline/dossier/cluster-claims.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/dossier/cluster-claims.ts')>();
  return { ...actual, numberedSentenceWords: counting('words', actual.numberedSentenceWords) };
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'make-dossier-'));
  await cp(join(import.meta.dirname, '../../seeds'), join(dir, 'seeds'), { recursive: true });
  const started = await startPipeline({ seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content'), registryPath: join(dir, 'none.yaml'), lockPath: join(dir, 'lock.json') });
  result = { ...started, dossier: await started.dossier };
});

describe('the dossier beside the write stage', () => {
  test('its file holds the dossier the pipeline returned, and no marker is left once it is written', async () => {
    const path = join(dir, 'content', 'data', 'dossier.json');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ all: JSON.parse(JSON.stringify(result.dossier)) });
    expect(result.dossier.claims.length).toBeGreaterThan(0);
    expect((await readdir(join(dir, 'content', 'data'))).filter((f) => !f.endsWith('.json'))).toEqual([]);
    expect(existsSync(`${path}.pending`)).toBe(false);
  });

  test('held back in a rebuild, it is made only once handed to its worker, and is the same dossier', async () => {
    const again = await mkdtemp(join(tmpdir(), 'dossier-held-'));
    await cp(join(dir, 'seeds'), join(again, 'seeds'), { recursive: true });
    const started = await startPipeline({
      seedsDir: join(again, 'seeds'), contentDir: join(again, 'content'), registryPath: join(again, 'none.yaml'), lockPath: join(again, 'lock.json'),
      cacheDir: join(again, 'cache'), handDossierLater: true,
    });
    // Five seeds are few: the dossier's worker started at the end of ingest, as in a rebuild.
    expect(started.muchNew).toBe(false);
    let settled = false;
    started.dossier.then(
      () => (settled = true),
      () => (settled = true),
    );
    // Left alone, the worker made the seeds' dossier in well under a second.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(settled).toBe(false);
    started.handDossier();
    expect(await started.dossier).toEqual(result.dossier);
    started.handDossier();
  });

  test('a worker thread makes exactly the dossier this thread makes from the same input', async () => {
    const byName = new Map(result.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, parseEntityId(e.id)] as const)));
    const input: DossierInput = {
      articles: result.articles,
      entities: result.entities.map(({ id, type, name }) => ({ id, type, name })),
      authors: resolveAuthors(result.articles, (name) => byName.get(name) ?? null),
    };
    const here = await makeDossier(input);
    expect(await runBesideInTwo('dossier', { warm: undefined }, Promise.resolve({ make: input }))).toEqual(here);
    expect(here).toEqual(result.dossier);
  });
});

describe('figures and dates kept ahead', () => {
  test('a dossier made after they were kept on a worker reads them from the cache, and is the same dossier', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'facts-ahead-'));
    const inputs = factsInputs(result.articles);
    // One group of texts per article.
    expect(inputs.map((group) => group.inputs.map((input) => input.text))).toEqual(result.articles.map((article) => statedTexts(article).map(({ text }) => text)));
    const texts = inputs.reduce((n, group) => n + group.inputs.length, 0);
    expect(await runBeside('paragraph-facts', { inputs, cacheDir })).toBe(texts);
    const byName = new Map(result.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, parseEntityId(e.id)] as const)));
    const input: DossierInput = {
      articles: result.articles,
      entities: result.entities.map(({ id, type, name }) => ({ id, type, name })),
      authors: resolveAuthors(result.articles, (name) => byName.get(name) ?? null),
    };
    readings.figures = 0;
    expect(await makeDossier({ ...input, cacheDir })).toEqual(result.dossier);
    expect(readings.figures).toBe(0);
    // Without them, this thread reads every text itself.
    await makeDossier({ ...input, cacheDir: await mkdtemp(join(tmpdir(), 'facts-none-')) });
    expect(readings.figures).toBe(texts);
    // A worker thread and two dossiers: time enough on a busy machine.
  }, 30_000);
});

describe('stores opened ahead', () => {
  const inputOf = (): DossierInput => {
    const byName = new Map(result.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, parseEntityId(e.id)] as const)));
    return { articles: result.articles, entities: result.entities.map(({ id, type, name }) => ({ id, type, name })), authors: resolveAuthors(result.articles, (name) => byName.get(name) ?? null) };
  };

  test('the next dossier of the same folder uses the stores as opened ahead, not their files', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'stores-ahead-'));
    await makeDossier({ ...inputOf(), cacheDir });
    await warmDossierStores(cacheDir);
    // The files go after they were opened: a dossier that read them now would read every text again.
    await rm(cacheDir, { recursive: true });
    readings.figures = 0;
    readings.quotes = 0;
    expect(await makeDossier({ ...inputOf(), cacheDir })).toEqual(result.dossier);
    expect(readings.figures).toBe(0);
    expect(readings.quotes).toBe(0);
    // Once only: the one after reads the folder again.
    await rm(cacheDir, { recursive: true, force: true });
    await makeDossier({ ...inputOf(), cacheDir });
    expect(readings.quotes).toBe(result.articles.length);
  });

  test('stores opened ahead in another folder are not used', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'stores-ahead-'));
    await makeDossier({ ...inputOf(), cacheDir });
    await warmDossierStores(cacheDir);
    readings.quotes = 0;
    await makeDossier({ ...inputOf(), cacheDir: await mkdtemp(join(tmpdir(), 'stores-elsewhere-')) });
    expect(readings.quotes).toBe(result.articles.length);
  });
});

describe('quotes kept across builds', () => {
  /** The dossier's input for `articles` and `entities`, with authors resolved by the entities' names. */
  const inputOf = (articles: PipelineResult['articles'], entities: PipelineResult['entities']): DossierInput => {
    const byName = new Map(entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, parseEntityId(e.id)] as const)));
    return { articles, entities: entities.map(({ id, type, name }) => ({ id, type, name })), authors: resolveAuthors(articles, (name) => byName.get(name) ?? null) };
  };

  test('the quotes of an unchanged article are read from the cache, and those of a changed one found again', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'quotes-kept-'));
    const input = { ...inputOf(result.articles, result.entities), cacheDir };
    readings.quotes = 0;
    expect(await makeDossier(input)).toEqual(result.dossier);
    expect(readings.quotes).toBe(result.articles.length);
    readings.quotes = 0;
    expect(await makeDossier(input)).toEqual(result.dossier);
    expect(readings.quotes).toBe(0);

    // One article loses its mentions: only its quotes are found again, and the dossier is the one made without a cache.
    const [first, ...rest] = result.articles;
    const unlinked = { ...first!, blocks: first!.blocks.map((b) => ('mentions' in b ? { ...b, mentions: [] } : b)) };
    const changed = inputOf([unlinked, ...rest], result.entities);
    readings.quotes = 0;
    const kept = await makeDossier({ ...changed, cacheDir });
    expect(readings.quotes).toBe(1);
    expect(kept).toEqual(await makeDossier(changed));
  });

  test("the quotes are grouped again only when they changed: an edit that adds none takes the last build's groups", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'sections-kept-'));
    const input = { ...inputOf(result.articles, result.entities), cacheDir };
    readings.grouped = 0;
    await makeDossier(input);
    expect(readings.grouped).toBe(1);
    // A sentence without quotes, figures or dates added to the first article.
    const [first, ...rest] = result.articles;
    const paragraph = first!.blocks.findIndex((b) => b.kind === 'paragraph');
    const longer = { ...first!, blocks: first!.blocks.map((b, i) => (i === paragraph ? { ...b, text: `${b.text} Nothing more was said.` } : b)) };
    const edited = { ...inputOf([longer, ...rest], result.entities), cacheDir };
    readings.grouped = 0;
    const kept = await makeDossier(edited);
    expect(readings.grouped).toBe(0);
    expect(kept).toEqual(await makeDossier({ ...edited, cacheDir: await mkdtemp(join(tmpdir(), 'sections-fresh-')) }));
    // One quote fewer: grouped again, and the dossier is the one made without a cache.
    const quoted = result.dossier.quotes[0]!.sources[0]!;
    const unquoted = result.articles.map((a) => (a.slug === quoted.article ? { ...a, blocks: a.blocks.filter((b) => !('id' in b) || b.id !== quoted.paragraph) } : a));
    const fewer = { ...inputOf(unquoted, result.entities), cacheDir };
    readings.grouped = 0;
    const regrouped = await makeDossier(fewer);
    expect(readings.grouped).toBe(1);
    expect(regrouped).toEqual(await makeDossier({ ...fewer, cacheDir: await mkdtemp(join(tmpdir(), 'sections-fresh-')) }));
    expect(regrouped.quotes).not.toEqual(kept.quotes);
  });

  test('a speaker whose type changes has the quotes of every article naming it found again', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'quotes-types-'));
    const input = inputOf(result.articles, result.entities);
    await makeDossier({ ...input, cacheDir });
    // The speaker named in the fewest articles becomes an organisation.
    const namingOf = (id: string) => result.articles.filter((a) => a.blocks.some((b) => 'mentions' in b && b.mentions.some((m) => m.entity === id)));
    const speakers = [...new Set(result.dossier.quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
    const speaker = speakers.toSorted((a, b) => namingOf(a).length - namingOf(b).length)[0]!;
    const naming = namingOf(speaker);
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.length).toBeLessThan(result.articles.length);
    const retyped = { ...input, entities: input.entities.map((e) => (e.id === speaker ? { ...e, type: 'organization' as const } : e)) };
    readings.quotes = 0;
    const kept = await makeDossier({ ...retyped, cacheDir });
    expect(readings.quotes).toBe(naming.length);
    expect(kept).toEqual(await makeDossier(retyped));
  });
});

describe('claim words kept across builds', () => {
  const inputOf = (articles: PipelineResult['articles']): DossierInput => ({
    articles,
    entities: result.entities.map(({ id, type, name }) => ({ id, type, name })),
    authors: resolveAuthors(articles, (name) => {
      const entity = result.entities.find((e) => e.name === name);
      return entity ? parseEntityId(entity.id) : null;
    }),
  });

  test('the words of an unchanged article are read from the cache, those of an edited one again, and the dossier is the same', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'claim-words-'));
    readings.words = 0;
    const first = await makeDossier({ ...inputOf(result.articles), cacheDir });
    expect(readings.words).toBe(result.articles.length);
    readings.words = 0;
    expect(await makeDossier({ ...inputOf(result.articles), cacheDir })).toEqual(first);
    expect(readings.words).toBe(0);

    // The seed of one article changes (its hash), and a sentence of the article changes with it.
    const [edited, ...rest] = result.articles;
    const paragraph = edited!.blocks.findIndex((b) => b.kind === 'paragraph');
    const blocks = edited!.blocks.map((b, i) => (i === paragraph && b.kind === 'paragraph' ? { ...b, text: b.text.replace(/\p{L}+/u, 'Reworded') } : b));
    const changed = inputOf([{ ...edited!, hash: 'edited', blocks }, ...rest]);
    readings.words = 0;
    const kept = await makeDossier({ ...changed, cacheDir });
    expect(readings.words).toBe(1);
    expect(kept).toEqual(await makeDossier(changed));
  });

  test('are kept as numbers: the store holds each word once, and without its numbering no entry is read', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'claim-numbers-'));
    const first = await makeDossier({ ...inputOf(result.articles), cacheDir });
    const file = join(cacheDir, 'claim-words.json');
    const text = await readFile(file, 'utf8');
    // A word every article's claims use, folded and stemmed as the clustering compares it.
    expect(text.split('"microsoft"').length - 1).toBe(1);
    // The numbering's entry, damaged by hand: one word listed twice.
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('"\\u0000numbers"\t'));
    expect(at).toBeGreaterThan(0);
    const words = JSON.parse(lines[at]!.slice(lines[at]!.indexOf('\t') + 1)) as string[];
    lines[at] = `${lines[at]!.slice(0, lines[at]!.indexOf('\t'))}\t${JSON.stringify([...words, words[0]])}`;
    await writeFile(file, lines.join('\n'));
    readings.words = 0;
    expect(await makeDossier({ ...inputOf(result.articles), cacheDir })).toEqual(first);
    expect(readings.words).toBe(result.articles.length);
  });
});

describe('resolveAuthors', () => {
  test('resolves each embed author once, and only embed authors', () => {
    const plain = articleOf('en', 'Satya Nadella said nothing.');
    const withEmbeds = articleOf('en', 'A paragraph.');
    const embed = (author: string, n: number) => ({ kind: 'embed' as const, id: paragraphId(n), network: 'tweet' as const, text: 'A post.', author, handle: null, date: null, sentences: [[0, 7]] as Array<[number, number]>, mentions: [] });
    withEmbeds.blocks.push(embed('Elon Musk', 2), embed('Elon Musk', 3), embed('Someone Else', 4));
    const asked: string[] = [];
    const authors = resolveAuthors([plain, withEmbeds], (name) => {
      asked.push(name);
      return name === 'Elon Musk' ? parseEntityId('elon-musk') : null;
    });
    expect(authors).toEqual([['Elon Musk', parseEntityId('elon-musk')], ['Someone Else', null]]);
    expect(asked).toEqual(['Elon Musk', 'Someone Else']);
  });
});
