// The dossier stage as one call on plain data, so that it can run on a worker thread beside the write stage and
// Astro: it needs the linked articles and the entity table, but nothing that only the main thread holds.
import { openBuildCache, type BuildCache, type TextInput } from './build-cache.ts';
import { buildDossier } from './dossier/build-dossier.ts';
import { datesInText } from './dossier/extract-dates.ts';
import { figuresInText } from './dossier/extract-figures.ts';
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

/** Builds the dossier; figures and dates are read per paragraph and kept across builds by text and language. */
export async function makeDossier({ articles, entities, authors, cacheDir }: DossierInput): Promise<Dossier> {
  const facts = await paragraphFacts(await openBuildCache(cacheDir), factsInputs(articles));
  const authorIds = new Map(authors);
  return buildDossier(
    articles,
    {
      types: new Map(entities.map((e) => [e.id, e.type])),
      names: new Map(entities.map((e) => [e.id, e.name])),
      resolveName: (name) => authorIds.get(name) ?? null,
    },
    { figuresIn: (text, lang) => facts(text, lang).figures, datesIn: (text, lang) => facts(text, lang).dates },
  );
}

/** The texts of `articles` that the dossier reads figures and dates from, with the sentences ingest found in them. */
export function factsInputs(articles: ReadonlyArray<Pick<Article, 'blocks' | 'lang'>>): FactsInput[] {
  return articles.flatMap(statedTexts).map(({ block, text, lang }) => ({ text, variant: lang, sentences: block.sentences }));
}

/**
 * Reads every text's figures and dates into the build cache ahead of the dossier, which then finds them there: a
 * build from scratch runs this on a worker thread while the main thread recognises entities and the other core is
 * mostly idle. Gives how many texts it read.
 */
export async function keepParagraphFacts({ inputs, cacheDir }: { inputs: FactsInput[]; cacheDir: string }): Promise<number> {
  await paragraphFacts(await openBuildCache(cacheDir), inputs);
  return inputs.length;
}

/** Figures and dates are the dossier's costliest scans (about 3 s and 1.6 s at 3,000 articles), so they are kept by text and language. */
function paragraphFacts(cache: BuildCache, inputs: FactsInput[]): Promise<(text: string, lang: string) => ParagraphFacts> {
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
