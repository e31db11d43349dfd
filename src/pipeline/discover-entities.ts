// Discovery: entities the registry does not know, found from capitalised names, typed, merged across articles.
import { findNameCandidates, type NameCandidate } from './find-name-candidates.ts';
import { foldWord } from './fold-text.ts';
import {
  addVotes,
  decideType,
  emptyVotes,
  firstNameQuestion,
  voteFromContext,
  voteFromName,
  type TaggerReading,
  type TaggerRequest,
  type TypeVotes,
} from './guess-entity-type.ts';
import type { EntityId } from './ids.ts';
import type { NameMatcher } from './match-names.ts';
import type { EntityType } from './schemas.ts';
import { sentenceAt } from './sentence-spans.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { Article, Block, EmbedBlock, ParagraphBlock, SentenceSpans } from './types.ts';

/** An entity found in the corpus, before it gets an id. */
export interface DiscoveredName {
  name: string;
  type: EntityType;
  /** Other written forms: short names ("Bellandi") and possessive-free variants. */
  aliases: string[];
  articles: number;
}

/** A short name that resolves to an entity the registry already has. */
export interface RegistryAlias {
  entity: EntityId;
  surface: string;
}

interface Aggregate {
  key: string;
  surfaces: Map<string, number>;
  articles: Set<string>;
  langs: Set<string>;
  mentions: number;
  midSentence: number;
  tokens: number;
  votes: TypeVotes;
}

/** One paragraph's name candidates, each with the key of its tagger reading (null when the tagger does not read it). */
interface ParagraphCandidates {
  article: Article;
  text: string;
  candidates: Array<{ candidate: NameCandidate; reading: string | null }>;
}

/** The name candidates of a corpus, and the tagger readings they need, before any is made. */
export interface CorpusCandidates {
  paragraphs: ParagraphCandidates[];
  /** Each (sentence, name) the tagger must read, once, in order of first need. */
  taggerRequests: TaggerRequest[];
  /** Each word the tagger is asked whether it is a first name (firstNameQuestion of every candidate), once. */
  firstNameQuestions: string[];
}

/** Reads many names with the tagger at once; the pipeline caches readings across builds and spreads them over threads. */
export type ReadTagger = (requests: TaggerRequest[]) => Promise<TaggerReading[]>;

/** Asks the tagger about many words at once whether each is a first name; the pipeline caches the answers across builds. */
export type ReadFirstNames = (words: string[]) => Promise<boolean[]>;

/** Whether a block's text is searched for names: paragraphs and posts are, headings and captions not. */
const mayNameEntities = (block: Block): block is ParagraphBlock | EmbedBlock => block.kind === 'paragraph' || block.kind === 'embed';

/** The texts of an article's blocks searched for names: paragraphs and posts. */
export function candidateTexts(article: Pick<Article, 'blocks'>): string[] {
  return article.blocks.filter(mayNameEntities).map((block) => block.text);
}

/** The capitalised runs of one block's text that `registryMatcher` does not already cover. */
export function blockCandidates(text: string, registryMatcher: NameMatcher): NameCandidate[] {
  const covered = registryMatcher.match(text).map((m): [number, number] => [m.start, m.end]);
  return findNameCandidates(text, covered);
}

/** The names discovered, and the short names that belong to registry entries. */
export interface Discovery {
  discovered: DiscoveredName[];
  registryAliases: RegistryAlias[];
}

/**
 * Every capitalised run the registry does not cover, trimmed and split, with the tagger readings it will need.
 * `candidatesIn` gives each block's runs (blockCandidates, or the same kept from an earlier build).
 */
export function findCorpusCandidates(articles: Article[], candidatesIn: (text: string) => NameCandidate[]): CorpusCandidates {
  // Plain loops here and below: this runs over every candidate of the corpus (125,000 at 3,000 articles) in every
  // build, rebuilds included, on the path to the content; the arrays that flatMap and filter made cost about a third.
  const found: Array<{ article: Article; text: string; sentences: SentenceSpans; candidates: NameCandidate[] }> = [];
  const attested = new Set<string>();
  const keys = new Set<string>();
  for (const article of articles) {
    const wordsAttest = !NOUNS_CAPITALISED.has(article.lang);
    for (const block of article.blocks) {
      if (!mayNameEntities(block)) continue;
      const candidates = candidatesIn(block.text);
      found.push({ article, text: block.text, sentences: block.sentences, candidates });
      for (const { key } of candidates) {
        keys.add(key);
        if (!wordsAttest) continue;
        if (key.includes(' ')) for (const word of key.split(' ')) attested.add(word);
        else attested.add(key);
      }
    }
  }
  const readsPerName = new Map<string, number>();
  const requests = new Map<string, TaggerRequest>();
  const paragraphs: ParagraphCandidates[] = [];
  for (const { article, text, sentences, candidates } of found) {
    const trim = NOUNS_CAPITALISED.has(article.lang) && attested.size > 0;
    const kept: ParagraphCandidates['candidates'] = [];
    const keep = (candidate: NameCandidate): void => {
      const reads = readsPerName.get(candidate.key) ?? 0;
      if (article.lang !== 'en' || reads >= TAGGER_READINGS) {
        kept.push({ candidate, reading: null });
        return;
      }
      readsPerName.set(candidate.key, reads + 1);
      const request = { sentence: sentenceAt(sentences, text, candidate.start).text, name: candidate.surface };
      const reading = taggerKey(request);
      requests.set(reading, request);
      kept.push({ candidate, reading });
    };
    for (const candidate of candidates) {
      for (const part of trim ? trimToAttested(candidate, attested) : [candidate]) {
        // Splitting needs a conjunction between two words, so three words at least; a candidate's surface
        // tokenises into its `tokens` words, and most have one or two, which are kept without tokenising them again.
        if (part.tokens < 3) keep(part);
        else for (const split of splitConjoined(part, keys)) keep(split);
      }
    }
    paragraphs.push({ article, text, candidates: kept });
  }
  const firstNameQuestions = new Set<string>();
  // Asked once per written form: the corpus writes the same names over and over.
  const asked = new Set<string>();
  for (const { candidates } of paragraphs) {
    for (const { candidate } of candidates) {
      if (asked.has(candidate.surface)) continue;
      asked.add(candidate.surface);
      const word = firstNameQuestion(candidate.surface);
      if (word !== null) firstNameQuestions.add(word);
    }
  }
  return { paragraphs, taggerRequests: [...requests.values()], firstNameQuestions: [...firstNameQuestions] };
}

/** The key of one tagger reading. */
export const taggerKey = ({ sentence, name }: TaggerRequest): string => `${name}\n${sentence}`;

/**
 * Types and merges the candidates, given the tagger's reading of each of `found.taggerRequests` and its answer to each
 * of `found.firstNameQuestions`, in order.
 */
export function discoverFromCandidates(
  found: CorpusCandidates,
  readings: TaggerReading[],
  firstNames: boolean[],
  registryNames: Array<{ id: EntityId; name: string }>,
): Discovery {
  const readingOf = new Map(found.taggerRequests.map((request, i) => [taggerKey(request), readings[i]!]));
  const firstNameWords = new Set(found.firstNameQuestions.filter((_, i) => firstNames[i]));
  const toDiscovered = (a: Aggregate): DiscoveredEntry => discoveredFrom(a, (word) => firstNameWords.has(word));
  const aggregates = new Map<string, Aggregate>();
  const rejections = new Map<string, number>();
  for (const paragraph of found.paragraphs) collect(paragraph, readingOf, aggregates, rejections);
  const kept = [...aggregates.values()].filter(hasEvidence);
  const full = kept.filter((a) => a.tokens >= 2);
  const discovered = new Map<string, DiscoveredEntry>();
  for (const a of full) discovered.set(a.key, toDiscovered(a));

  const registryAliases: RegistryAlias[] = [];
  // The longer names ending in each word, looked up by the short name: scanning them all per short name was quadratic.
  const fullByLastWord = Map.groupBy(full, (f) => lastWordOf(f.key));
  const registryByLastWord = Map.groupBy(registryNames, (r) => lastWordOf(foldName(r.name)));
  for (const short of kept.filter((a) => a.tokens === 1)) {
    const longer = fullByLastWord.get(short.key) ?? [];
    const owners = [
      ...longer.map((f) => ({ kind: 'discovered' as const, key: f.key })),
      ...(registryByLastWord.get(short.key) ?? []).map((r) => ({ kind: 'registry' as const, id: r.id })),
    ];
    // A short name written in more than twice as many articles as any longer name ending in it is a name of its own
    // ("Twitter" in five articles, not "Elon Musk As Twitter" in one); a surname is used about as often as the full name.
    const ownersReach = Math.max(0, ...longer.map((f) => f.articles.size));
    const standsAlone = owners.every((o) => o.kind === 'discovered') && short.articles.size > 2 * ownersReach;
    const owner = owners.length === 1 && !standsAlone ? owners[0]! : null;
    if (owner?.kind === 'registry') {
      registryAliases.push({ entity: owner.id, surface: mostCommon(short.surfaces) });
    } else if (owner?.kind === 'discovered') {
      const target = discovered.get(owner.key)!;
      target.aliases.push(mostCommon(short.surfaces));
      for (const article of short.articles) target.articleSet.add(article);
      addVotes(target.votes, short.votes);
    } else if (owners.length === 0 || standsAlone) {
      discovered.set(short.key, toDiscovered(short));
    }
  }
  const result = [...discovered.values()].map(({ votes, articleSet, ...rest }) => ({
    ...rest,
    type: decideType(votes, rest.name.split(/\s+/).length),
    articles: articleSet.size,
  }));
  return { discovered: result, registryAliases };
}

/** Languages that capitalise every noun, where capitals alone do not mark a name. */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de', 'lb']);

/**
 * In German, "Wasserminister Omar Haddad" and "Kubikmeter Trinkwasser" are capitalised runs too. When the corpus has
 * articles in other languages, a German run keeps only the stretch between its first and last word that those articles
 * also write in capitals; a run with no such word is dropped.
 */
function trimToAttested(candidate: NameCandidate, attested: ReadonlySet<string>): NameCandidate[] {
  const words = tokenize(candidate.surface);
  const first = words.findIndex((w) => attested.has(foldWord(w.text)));
  const last = words.findLastIndex((w) => attested.has(foldWord(w.text)));
  if (first < 0) return [];
  if (first === 0 && last === words.length - 1) return [candidate];
  return [partOf(candidate, words.slice(first, last + 1), candidate.sentenceInitial && first === 0)];
}

/** The candidate made of some consecutive words of `candidate` (tokens of its surface). */
function partOf(candidate: NameCandidate, words: Token[], sentenceInitial: boolean): NameCandidate {
  return {
    surface: candidate.surface.slice(words[0]!.start, words.at(-1)!.end),
    key: words.map((w) => foldWord(w.text)).join(' '),
    tokens: words.length,
    sentenceInitial,
    start: candidate.start + words[0]!.start,
    end: candidate.start + words.at(-1)!.end,
  };
}

/** Conjunctions that may join two names in one capitalised run. */
const CONJUNCTIONS = new Set(['and', 'y', 'und', 'et', 'e']);

/**
 * "Bing and Xbox", "Musk and Microsoft": a run joined by a conjunction is two names when the corpus writes each side on
 * its own elsewhere; "Ministry of Water and Energy" stays one, since "Ministry of Water" appears nowhere alone.
 */
function splitConjoined(candidate: NameCandidate, keys: ReadonlySet<string>): NameCandidate[] {
  const words = tokenize(candidate.surface);
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && CONJUNCTIONS.has(foldWord(w.text)));
  if (at < 0) return [candidate];
  const left = partOf(candidate, words.slice(0, at), candidate.sentenceInitial);
  const right = partOf(candidate, words.slice(at + 1), false);
  return keys.has(left.key) && keys.has(right.key) ? [left, right] : [candidate];
}

/**
 * The tagger reads a name in this many sentences at most: its verdict is settled by then, and tagging every mention
 * of every name would cost most of a large build. Later mentions follow the majority of the readings.
 */
const TAGGER_READINGS = 3;

function collect(
  { article, text, candidates }: ParagraphCandidates,
  readingOf: ReadonlyMap<string, TaggerReading>,
  aggregates: Map<string, Aggregate>,
  rejections: Map<string, number>,
): void {
  for (const { candidate, reading } of candidates) {
    let said: TaggerReading = null;
    if (reading !== null) {
      said = readingOf.get(reading) ?? null;
      if (said === null) {
        rejections.set(candidate.key, (rejections.get(candidate.key) ?? 0) + 1);
        continue;
      }
    } else if (article.lang === 'en' && (rejections.get(candidate.key) ?? 0) * 2 > TAGGER_READINGS) {
      // Past its readings, an English name follows their majority (every later mention comes after all of them).
      continue;
    }
    let aggregate = aggregates.get(candidate.key);
    if (!aggregate) {
      aggregate = { key: candidate.key, surfaces: new Map(), articles: new Set(), langs: new Set(), mentions: 0, midSentence: 0, tokens: candidate.tokens, votes: emptyVotes() };
      aggregates.set(candidate.key, aggregate);
    }
    // The mention's votes go straight into its name's tally: counts add up the same in any order.
    if (said !== null) addVotes(aggregate.votes, said);
    voteFromContext(text, candidate.start, candidate.end, aggregate.votes);
    aggregate.surfaces.set(candidate.surface, (aggregate.surfaces.get(candidate.surface) ?? 0) + 1);
    aggregate.articles.add(article.source);
    aggregate.langs.add(article.lang);
    aggregate.mentions++;
    if (!candidate.sentenceInitial) aggregate.midSentence++;
  }
}

/**
 * Capitals alone prove little: a single word must appear mid-sentence and more than once, and in German,
 * where every noun is capitalised, also outside German articles.
 */
function hasEvidence(a: Aggregate): boolean {
  if (a.tokens >= 2) return a.midSentence >= 1 || a.articles.size >= 2;
  if (a.langs.size === 1 && a.langs.has('de')) return false;
  return a.midSentence >= 1 && a.mentions >= 2;
}

/** A discovered name while short names join it: its votes and articles so far. */
type DiscoveredEntry = DiscoveredName & { votes: TypeVotes; articleSet: Set<string> };

function discoveredFrom(a: Aggregate, isFirstName: (word: string) => boolean): DiscoveredEntry {
  const name = mostCommon(a.surfaces);
  voteFromName(name, a.votes, isFirstName);
  const aliases = [...a.surfaces.keys()].filter((s) => s !== name).sort();
  return { name, type: 'organization', aliases, articles: a.articles.size, votes: { ...a.votes }, articleSet: new Set(a.articles) };
}

/** The last word of a multi-word folded name: what a short reference uses ("Bellandi", "Times"). */
function lastWordOf(key: string): string | null {
  const words = key.split(' ');
  return words.length >= 2 ? words[words.length - 1]! : null;
}

function foldName(name: string): string {
  return name.split(/\s+/).map(foldWord).join(' ');
}

/** The most frequent written form; ties go to the one that sorts first, so output is deterministic. */
function mostCommon(surfaces: Map<string, number>): string {
  return [...surfaces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
