// Guesses the type of an entity nobody listed, from the words of its name and the words around it.
import { foldWord } from './fold-text.ts';
import type { EntityType } from './schemas.ts';

/** A set of words folded like the words compared with it, so accented entries ("près", "Fundación") match. */
function foldedSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map(foldWord));
}

/** Evidence gathered for one candidate across its mentions. */
export type TypeVotes = Record<EntityType, number>;

/** A fresh tally. */
export function emptyVotes(): TypeVotes {
  return { person: 0, organization: 0, product: 0, place: 0, event: 0, work: 0 };
}

const ORG_WORDS = foldedSet(
  `inc corp corporation company co group holdings ltd llc plc sa ag gmbh spa srl nv bv authority ministry ministère ministerio
  ministerium ministero union syndicat gewerkschaft sindicato bank banque banco university université universidad universität
  council conseil consejo rat agency agence agencia agentur party parti partido partei news times post journal herald tribune
  gazette zeitung press presse airlines airways club fc association federation fédération federación verband foundation fondation
  fundación stiftung institute institut instituto court cour tribunal gericht commission kommission comisión police polizei army
  armée ejército shipping logistics motors energy systems technologies labs media networks port-authority board office`.split(/\s+/),
);
const PLACE_WORDS = foldedSet(`city river island lake mount street province region state republic kingdom county port bay valley
  ville fleuve île lac rue république royaume stadt fluss insel see straße republik königreich ciudad río isla calle república reino`.split(/\s+/));
const EVENT_WORDS = foldedSet(`congress summit conference festival games championship cup olympics expo fair forum week
  congrès sommet conférence kongress gipfel konferenz congreso cumbre conferencia`.split(/\s+/));
const PERSON_CUES = foldedSet(`mr mrs ms dr prof sir m mme herr frau sr sra señor señora monsieur madame president président
  presidente präsident minister ministre ministra ministro mayor maire bürgermeister alcalde ceo chief director directeur
  direktor spokesman spokeswoman spokesperson lawyer avocat anwalt abogado judge senator governor said told wrote`.split(/\s+/));
/** Verbs of saying next to a name, before it ("sagte Quillon") or after it ("Quillon said"): people speak. */
const SAYING = foldedSet(['said', 'says', 'told', 'wrote', 'dijo', 'afirmó', 'sagte', 'erklärte', 'schrieb', 'déclare', 'écrit']);
const PLACE_CUES = foldedSet(['in', 'à', 'au', 'nach', 'aus', 'near', 'près', 'bei']);
/** The tags by which the English tagger (english-tagger.ts) says a name is a person's, or a place's. */
export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
export const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];

/**
 * The word of a name the tagger is asked about on its own (english-tagger.ts isFirstName): the first of a name of two
 * or more words ("Satya" of "Satya Nadella"); null for a single word.
 */
export function firstNameQuestion(name: string): string | null {
  return name.split(/[\s-]+/).length >= 2 ? (name.split(/\s+/)[0] ?? '') : null;
}

/**
 * Votes from the words of the name itself: "… Shipping" is an organisation, "Port of …" a place, a name that starts
 * with a first name a person. `isFirstName` answers for the word firstNameQuestion(name) gives.
 */
export function voteFromName(name: string, votes: TypeVotes, isFirstName: (word: string) => boolean): void {
  const words = name.split(/[\s-]+/).map(foldWord);
  if (words.some((w) => ORG_WORDS.has(w))) votes.organization += 3;
  if (words.some((w) => PLACE_WORDS.has(w))) votes.place += 3;
  if (words.some((w) => EVENT_WORDS.has(w))) votes.event += 3;
  if (/^\p{L}+\d|\p{Ll}\p{Lu}/u.test(name) && words.length === 1) votes.product += 1;
  const question = firstNameQuestion(name);
  if (question !== null && isFirstName(question)) votes.person += 2;
}

/**
 * Votes from the words just before and after one mention, `text` being the block's text and `start`, `end` the
 * mention's offsets: the last word of the 40 characters before it and the first of the 40 after, without a trailing
 * full stop or comma. Read in place rather than cut, trimmed and split, which made four strings and two arrays for
 * each of the 125,000 mentions of a 3,000-article corpus.
 */
export function voteFromContext(text: string, start: number, end: number, votes: TypeVotes): void {
  const previous = foldWord(withoutStop(wordBefore(text, Math.max(0, start - CONTEXT), start)));
  const next = foldWord(withoutStop(wordAfter(text, end, Math.min(text.length, end + CONTEXT))));
  if (PERSON_CUES.has(previous) || SAYING.has(previous) || SAYING.has(next)) votes.person += 1;
  if (PLACE_CUES.has(previous)) votes.place += 1;
}

/** How many characters on each side of a mention voteFromContext looks at. */
const CONTEXT = 40;

/** Whether the UTF-16 unit at `i` is white space as `\s` and `trim` have it (none of it lies outside the BMP). */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code > 32 && code < 127) return false;
  return code === 32 || (code >= 9 && code <= 13) || /\s/u.test(text[i]!);
}

/** The last run of non-space characters of text[from, to): what trim and a split on white space leave last. */
function wordBefore(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  let start = end;
  while (start > from && !isSpaceAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The first run of non-space characters of text[from, to). */
function wordAfter(text: string, from: number, to: number): string {
  let start = from;
  while (start < to && isSpaceAt(text, start)) start++;
  let end = start;
  while (end < to && !isSpaceAt(text, end)) end++;
  return text.slice(start, end);
}

/** A word without one trailing full stop or comma. */
function withoutStop(word: string): string {
  return word.endsWith('.') || word.endsWith(',') ? word.slice(0, -1) : word;
}

/** A name the tagger is asked about, in the sentence it was written in. */
export interface TaggerRequest {
  sentence: string;
  name: string;
}

/** What the tagger made of a name in a sentence: the votes it gives, or null when it says it is no name at all. */
export type TaggerReading = Partial<TypeVotes> | null;

/** Adds a tally or a reading's votes to `votes`. */
export function addVotes(votes: TypeVotes, more: Partial<TypeVotes>): void {
  // A plain loop over the keys: Object.entries made an array per call, twice per mention in discovery.
  for (const type in more) votes[type as EntityType] += more[type as EntityType]!;
}

/** The type with the most votes; without any, a multi-word name is a person and a single word an organisation. */
export function decideType(votes: TypeVotes, words: number): EntityType {
  const ranked = (Object.entries(votes) as Array<[EntityType, number]>).sort((a, b) => b[1] - a[1]);
  const [best] = ranked;
  if (best && best[1] > 0) return best[0];
  return words >= 2 ? 'person' : 'organization';
}
