// Claims: the story's statements as clusters of sentences across sources, by wording within a script and by names across scripts.
import type { EntityId } from '../ids.ts';
import type { Article } from '../types.ts';
import { ClaimClusters, type ClaimSentence } from './claim-clusters.ts';
import { forEachContentWord, mainScript } from './content-words.ts';
import { KeySetsBuilder } from './key-sets.ts';
import { DisjointSets, similarPairs } from './union-find.ts';

/** Sentences in one script this alike say the same thing. */
const SAME_CLAIM = 0.3;
/** Across scripts, sentences naming this many of the same entities (and little else) are taken to say the same thing. */
const SHARED_NAMES_ACROSS_SCRIPTS = 3;
const SAME_NAMES_ACROSS_SCRIPTS = 0.6;
const MIN_CLAIM_WORDS = 6;

/**
 * Content words numbered in order of first use, shared by the articles of a build and kept with their claim words
 * across builds, so that a rebuild reads each sentence's words as numbers: the 3,000 bench articles' words as strings
 * were 16.6 MB of JSON to parse on every rebuild, and each string then had to be looked up to be numbered.
 */
export class WordNumbers {
  /** Each number's word, by number. */
  readonly words: string[];
  private byWord: Map<string, number> | undefined;

  /** Numbers `words` (distinct) 0, 1, 2 … in order; later words take the next numbers. */
  constructor(words: readonly string[] = []) {
    this.words = [...words];
  }

  /** The number of `word`, given it now if it has none. */
  numberOf(word: string): number {
    // Made only when a word is numbered: a rebuild that reads every article's numbers needs no map of the words.
    this.byWord ??= new Map(this.words.map((w, i) => [w, i]));
    let number = this.byWord.get(word);
    if (number === undefined) {
      number = this.words.push(word) - 1;
      this.byWord.set(word, number);
    }
    return number;
  }
}

/**
 * What clustering compares of an article's claim sentences: `scripts` holds one letter per sentence, the initial of
 * the script it is mostly written in, and `words`, for each sentence in turn, how many distinct content words it
 * has, then their numbers, in order. A function of the article's text (and the numbering), and most of clustering's
 * reading (about 1 s at 3,000 articles), so the pipeline keeps it per article.
 */
export interface NumberedWords {
  scripts: string;
  words: number[];
}

/** The claim sentences of `article` as clustering compares them, their words numbered by `numbers`. */
export function numberedSentenceWords(article: Article, numbers: WordNumbers): NumberedWords {
  return numberSentences(articleSentences(article), numbers);
}

function numberSentences(sentences: ReadonlyArray<{ text: string }>, numbers: WordNumbers): NumberedWords {
  let scripts = '';
  const words: number[] = [];
  for (const { text } of sentences) {
    scripts += mainScript(text)[0];
    const distinct = new Set<string>();
    forEachContentWord(text, (word) => distinct.add(word));
    words.push(distinct.size);
    for (const word of distinct) words.push(numbers.numberOf(word));
  }
  return { scripts, words };
}

/**
 * Whether `kept` has the shape numberSentences gives under a numbering of `size` words: a script letter per sentence,
 * then counts and numbers that fit. A damaged cache entry is not.
 */
export function numbersFit(kept: unknown, size: number): kept is NumberedWords {
  if (typeof kept !== 'object' || kept === null) return false;
  const { scripts, words } = kept as Partial<NumberedWords>;
  if (typeof scripts !== 'string' || !Array.isArray(words)) return false;
  let at = 0;
  for (let sentence = 0; sentence < scripts.length; sentence++) {
    const length = words[at++];
    if (!Number.isInteger(length) || length! < 0 || at + length! > words.length) return false;
    for (const end = at + length!; at < end; at++) if (!Number.isInteger(words[at]) || words[at]! < 0 || words[at]! >= size) return false;
  }
  return at === words.length;
}

/** Where clustering finds each article's numbered words: kept from an earlier build, or read now, under one numbering. */
export interface ClaimWords {
  numbers: WordNumbers;
  of(article: Article): NumberedWords | undefined;
}

/** Every article's words read now. */
const readNow = (): ClaimWords => {
  const numbers = new WordNumbers();
  return { numbers, of: (article) => numberedSentenceWords(article, numbers) };
};

/**
 * Every sentence of the corpus's paragraphs, clustered into claims (ClaimClusters: all of them ordered by how many
 * sources carry them, or the few the dossier shows). `claimWords` gives each article's numbered words, or the same
 * kept from an earlier build.
 */
export function clusterClaims(articles: Article[], claimWords: ClaimWords = readNow()): ClaimClusters {
  const sentences: ClaimSentence[] = [];
  const scripts: string[] = [];
  const wordSets = new KeySetsBuilder();
  const nameSets = new KeySetsBuilder();
  const { numbers } = claimWords;
  for (const article of articles) {
    const inArticle = articleSentences(article);
    const kept = claimWords.of(article);
    // Words kept for other sentences than these (a damaged cache entry) are read again.
    const read = numbersFit(kept, numbers.words.length) && kept.scripts.length === inArticle.length ? kept : numberSentences(inArticle, numbers);
    let at = 0;
    for (const [i, sentence] of inArticle.entries()) {
      sentences.push(sentence);
      scripts.push(read.scripts[i]!);
      for (const end = at + 1 + read.words[at]!; ++at < end; ) wordSets.addNumbered(read.words[at]!);
      wordSets.endSet();
      for (const entity of sentence.entities) nameSets.add(entity);
      nameSets.endSet();
    }
  }
  const words = wordSets.build();
  const sets = new DisjointSets(sentences.length);
  for (const { a, b } of similarPairs(words, SAME_CLAIM)) {
    if (scripts[a] === scripts[b] && sentences[a]!.source !== sentences[b]!.source) sets.union(a, b);
  }
  // Only sentences that name enough entities can share enough with another: at 3,000 articles the join found 750,000
  // pairs of sentences naming the same one or two entities, to keep none of them.
  for (const { a, b, shared } of similarPairs(nameSets.build(), SAME_NAMES_ACROSS_SCRIPTS, undefined, SHARED_NAMES_ACROSS_SCRIPTS)) {
    if (scripts[a] === scripts[b] || sentences[a]!.source === sentences[b]!.source) continue;
    if (shared >= SHARED_NAMES_ACROSS_SCRIPTS) sets.union(a, b);
  }
  return new ClaimClusters(sentences, words, (i) => sets.find(i));
}

function articleSentences(article: Article): ClaimSentence[] {
  const out: ClaimSentence[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const [start, end] of block.sentences) {
      const text = block.text.slice(start, end).trim();
      if (!atLeastWords(text, MIN_CLAIM_WORDS)) continue;
      const entities: EntityId[] = [];
      for (const m of block.mentions) if (m.start >= start && m.end <= end && !entities.includes(m.entity)) entities.push(m.entity);
      out.push({ article: article.slug, source: article.source, paragraph: block.id, lang: article.lang, text, entities });
    }
  }
  return out;
}

/** Whether a trimmed text has at least `count` words between spaces; it stops counting there, unlike a split. */
function atLeastWords(text: string, count: number): boolean {
  if (text === '') return count <= 1;
  const spaces = /\s+/gu;
  let words = 1;
  while (words < count && spaces.exec(text) !== null) words++;
  return words >= count;
}
