// The dossier stage as one call on plain data, so that it can run on a worker thread beside the write stage and
// Astro: it needs the linked articles and the entity table, but nothing that only the main thread holds.
import { articleTexts, digestOf, openBuildCache, type BuildCache, type KeyedStore, type TextGroup, type TextInput } from './build-cache.ts';
import { buildDossier, type DossierEntities, type QuotesOf } from './dossier/build-dossier.ts';
import { keepSectionIn, type KeptSection } from './kept-sections.ts';
import { numberedSentenceWords, numbersFit, WordNumbers, type ClaimWords, type NumberedWords } from './dossier/cluster-claims.ts';
import { datesInText } from './dossier/extract-dates.ts';
import { figuresInText } from './dossier/extract-figures.ts';
import { extractQuotes } from './dossier/extract-quotes.ts';
import { statedTexts } from './dossier/stated-texts.ts';
import type { EntityId } from './ids.ts';
import type { ReadonlySpans } from './sentence-spans.ts';
import type { Dossier, EntityType } from './schemas.ts';
import type { Article } from './types.ts';

/** One text the dossier reads figures and dates from: a paragraph or a post, its language, and its sentences. */
export interface FactsInput extends TextInput {
  sentences?: ReadonlySpans;
}

/** Everything the dossier is made from, as data a worker thread can be sent. */
export interface DossierInput {
  articles: Article[];
  /** Each entity's type and display name, by id. */
  entities: Array<{ id: string; type: EntityType; name: string }>;
  /** The entity each embed author's name resolves to (null: none), worked out where the matcher is. */
  authors: Array<[name: string, entity: EntityId | null]>;
  /** The build's cache folder, where each paragraph's figures and dates are kept; none keeps nothing. */
  cacheDir?: string;
}

/** Every embed author's name in `articles`, resolved by `resolveName`: the one use the dossier has for the matcher. */
export function resolveAuthors(articles: Article[], resolveName: (name: string) => EntityId | null): DossierInput['authors'] {
  const names = new Set(articles.flatMap((a) => a.blocks.flatMap((b) => (b.kind === 'embed' ? [b.author] : []))));
  return [...names].map((name) => [name, resolveName(name)]);
}

/** Builds the dossier; figures and dates are kept across builds per paragraph, by text and language, and quotes per article. */
export async function makeDossier({ articles, entities, authors, cacheDir }: DossierInput): Promise<Dossier> {
  const ahead = warming && warming.cacheDir === cacheDir ? await warming.stores.catch(() => undefined) : undefined;
  warming = undefined;
  const cache = await openBuildCache(cacheDir, ahead);
  const facts = await paragraphFacts(cache, factsInputs(articles));
  const authorIds = new Map(authors);
  const context: DossierEntities = {
    types: new Map(entities.map((e) => [e.id, e.type])),
    names: new Map(entities.map((e) => [e.id, e.name])),
    resolveName: (name) => authorIds.get(name) ?? null,
  };
  const sections = await cache.open<KeptSection>('dossier-sections');
  const dossier = buildDossier(articles, context, {
    figuresIn: (text, lang) => facts(text, lang).figures,
    datesIn: (text, lang) => facts(text, lang).dates,
    quotesOf: await articleQuotes(cache, articles, context),
    claimWords: await claimWords(cache, articles),
    ...(sections ? { keepSection: keepSectionIn(sections) } : {}),
  });
  await sections?.save();
  return dossier;
}

/** The stores makeDossier reads. */
const DOSSIER_STORES = ['paragraph-facts', 'article-quotes', 'claim-words', 'dossier-sections'];

/** The dossier's stores being opened ahead on this thread (warmDossierStores), for the next makeDossier of that folder. */
let warming: { cacheDir: string; stores: Promise<Map<string, Promise<KeyedStore<unknown> | undefined>>> } | undefined;

/**
 * Opens the dossier's stores in `cacheDir` and parses every value they hold, for the next makeDossier on this thread.
 * In a rebuild the dossier's worker does it while the main thread recognises the entities, when the other core is
 * partly idle; the dossier then starts from parsed stores.
 */
export async function warmDossierStores(cacheDir: string): Promise<void> {
  const stores = openBuildCache(cacheDir).then(async (cache) => {
    const opened = new Map(DOSSIER_STORES.map((name) => [name, cache.open<unknown>(name).then((store) => (store?.parseAll(), store))]));
    await Promise.all(opened.values());
    return opened;
  });
  // Set before the first wait, so that a make step that comes while the stores open finds them.
  warming = { cacheDir, stores };
  await stores;
}

/**
 * One step of the dossier's worker thread (parallel-map.ts runBesideInTwo): first, if a cache folder is given, its
 * stores opened ahead (the step gives null); then the dossier. Opening ahead only saves time: if it failed,
 * makeDossier opens the stores itself.
 */
export type DossierStep = { warm: string | undefined } | { make: DossierInput };

/** Runs one DossierStep. */
export async function dossierStep(step: DossierStep): Promise<Dossier | null> {
  if ('make' in step) return makeDossier(step.make);
  if (step.warm) await warmDossierStores(step.warm).catch(() => undefined);
  return null;
}

/** The key of the claim words' numbering in their store: no article's key (a digest in hex) is made of a NUL. */
const WORD_NUMBERS = '\u0000numbers';

/**
 * Each article's claim sentences' words, kept across builds: they depend on the article's text alone, which its seed's
 * name and bytes fix (the store is per pipeline version). The words are kept as numbers, and the numbering beside them
 * in the same store, which a save writes with them; it only grows (by the words of articles read afresh), so every
 * number kept stays right, and without it no kept entry is read.
 */
async function claimWords(cache: BuildCache, articles: Article[]): Promise<ClaimWords> {
  const store = await cache.open<NumberedWords | string[]>('claim-words');
  const kept = store?.get(WORD_NUMBERS);
  const keptWords = Array.isArray(kept) && kept.every((w) => typeof w === 'string') && new Set(kept).size === kept.length ? kept : undefined;
  const numbers = new WordNumbers(keptWords);
  const byArticle = new Map<Article, NumberedWords>();
  for (const article of articles) {
    const key = digestOf(`${article.source}\n${article.hash}`);
    const found: unknown = keptWords ? store?.get(key) : undefined;
    // Only numbers of the kept numbering are read as kept; an entry damaged by hand is read again.
    const words = numbersFit(found, keptWords?.length ?? 0) ? found : numberedSentenceWords(article, numbers);
    store?.set(key, words);
    byArticle.set(article, words);
  }
  // Set back as read when no word was added, so that saving writes it as it was.
  store?.set(WORD_NUMBERS, keptWords && numbers.words.length === keptWords.length ? keptWords : numbers.words);
  await store?.save();
  return { numbers, of: (article) => byArticle.get(article) };
}

/**
 * Each article's quotes, kept across builds: finding them is the dossier's costliest pass over the text (about 2 s at
 * 3,000 articles), and a rebuild after one edit finds the same quotes in every other article. An article's quotes
 * depend on its text, which its seed's bytes fix (the store is per pipeline version), its slug, and the entities it
 * names: where, of which type, and who its posts' authors are. The key is made of those, not of the whole article,
 * whose JSON is ten times larger.
 */
function articleQuotes(cache: BuildCache, articles: Article[], context: DossierEntities): Promise<QuotesOf> {
  const keyOf = (article: Article): string => {
    const mentions = article.blocks.map((b) => ('mentions' in b ? b.mentions : []));
    const spans = mentions.map((list) => list.map((m) => `${m.start} ${m.end} ${m.entity}`).join(';'));
    const types = [...new Set(mentions.flat().map((m) => m.entity))].map((id) => [id, context.types.get(id) ?? null]);
    const authors = article.blocks.flatMap((b) => (b.kind === 'embed' ? [[b.author, context.resolveName(b.author)]] : []));
    return digestOf(JSON.stringify([article.source, article.hash, article.slug, spans, types, authors]));
  };
  return keptPerArticle(cache, 'article-quotes', articles, keyOf, (article) => extractQuotes(article, context));
}

/**
 * `read` of each of `articles`, kept in the store `name` under `keyOf` and read again only for the articles the last
 * build did not keep, as a function of an article; buildDossier asks only about these articles, any other is read then.
 */
async function keptPerArticle<O>(cache: BuildCache, name: string, articles: Article[], keyOf: (article: Article) => string, read: (article: Article) => O): Promise<(article: Article) => O> {
  const { results } = await cache.map(name, articles, keyOf, async (missing) => missing.map(read));
  const byArticle = new Map(articles.map((article, i) => [article, results[i]!]));
  return (article) => byArticle.get(article) ?? read(article);
}

/** The texts of `articles` that the dossier reads figures and dates from, with the sentences ingest found in them. */
export function factsInputs(articles: ReadonlyArray<Pick<Article, 'blocks' | 'lang' | 'source' | 'hash'>>): TextGroup<FactsInput>[] {
  return articles.map((article) => articleTexts(article, statedTexts(article).map(({ block, text, lang }) => ({ text, variant: lang, sentences: block.sentences }))));
}

/**
 * Reads every text's figures and dates into the build cache ahead of the dossier, which then finds them there: a
 * build from scratch runs this on a worker thread while the main thread recognises entities and the other core is
 * mostly idle. Gives how many texts it read.
 */
export async function keepParagraphFacts({ inputs, cacheDir }: { inputs: TextGroup<FactsInput>[]; cacheDir: string }): Promise<number> {
  await paragraphFacts(await openBuildCache(cacheDir), inputs);
  return inputs.reduce((n, group) => n + group.inputs.length, 0);
}

/** Figures and dates are the dossier's costliest scans (about 3 s and 1.6 s at 3,000 articles), so they are kept by text and language. */
function paragraphFacts(cache: BuildCache, inputs: TextGroup<FactsInput>[]): Promise<(text: string, lang: string) => ParagraphFacts> {
  // Each block's sentences were found at ingest: the readers need not segment its text again.
  return cache.byText('paragraph-facts', inputs, ({ text, variant: lang, sentences }: FactsInput) => ({
    figures: figuresInText(text, lang, sentences),
    dates: datesInText(text, lang, sentences),
  }));
}

/** What the dossier keeps of one text. */
interface ParagraphFacts {
  figures: ReturnType<typeof figuresInText>;
  dates: ReturnType<typeof datesInText>;
}
