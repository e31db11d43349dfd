// Content words of a sentence, lightly stemmed, for comparing statements within a language.
import { foldWord } from '../fold-text.ts';
import { memoByText } from '../text-memo.ts';
import { tokenWords } from '../tokenize.ts';

const FUNCTION_WORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those he she they
  we you i his her their our my them him me us not no so than then there here who whom which what when where how also has have had
  do does did will would can could may might should must about into over after before such more most very just only other some any
  le la les un une des du de d l et ou mais en dans sur pour par avec qui que qu ce cette ces il elle ils elles son sa ses leur est sont
  a été être pas ne plus
  der die das den dem des ein eine einen und oder aber in im am zu zum zur von mit für auf ist sind war wurde nicht es er sie
  el la los las un una y o pero en de del por para con que se es son fue no lo su sus al
  في من على إلى الى عن أن ان إن هذا هذه ذلك التي الذي كان كانت قد لقد مع ما لا أو او ثم كما بعد قبل عند حتى`.split(/\s+/u),
);

/** Strips the commonest inflections so "trained", "training" and "trains" compare equal; crude on purpose. */
function stem(word: string): string {
  if (/[\u0600-\u06FF]/u.test(word)) return word.replace(/^(?:وال|بال|فال|كال|لل|ال|و)(?=.{3})/u, '').replace(/(?:ات|ون|ين|ها|هم|ه)$/u, '');
  return word.replace(/(?:ing|edly|ed|ly|es|s)$/u, '').replace(/(.)\1$/u, '$1');
}

/** The stemmed content word a token stands for, or null for a function word, a number or a single letter. */
function contentWordOf(token: string): string | null {
  const folded = foldWord(token).replace(/['’]s?$/u, '');
  if (folded.length < 2 || FUNCTION_WORDS.has(folded) || /^\d+$/u.test(folded)) return null;
  return stem(folded);
}

/**
 * Remembered by token: a corpus repeats a few tens of thousands of words millions of times, and folding and stemming
 * each again was most of the claim clustering's word reading (about 1 s at 3,000 articles).
 */
const rememberedContentWord = memoByText(contentWordOf, 500_000);

/** The set of stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  forEachContentWord(text, (word) => words.add(word));
  return words;
}

/** Calls `visit` with each stemmed content word of a text, in order, repeats included: for callers that keep no Set. */
export function forEachContentWord(text: string, visit: (word: string) => void): void {
  for (const token of tokenWords(text)) {
    const word = rememberedContentWord(token, '');
    if (word !== null) visit(word);
  }
}

/** Jaccard similarity of two word sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The script a text is mostly written in, as a coarse language family for comparisons. */
export function mainScript(text: string): 'arabic' | 'latin' | 'other' {
  // Counted as the length of what is left once every other character is removed: matching each character made an
  // array entry per letter, most of what comparing 148,000 sentences allocated.
  const arabic = text.replace(NOT_ARABIC, '').length;
  const latinText = text.replace(NOT_LATIN, '');
  // A few Latin letters lie beyond the first plane, two UTF-16 units each: counted once, as a match would.
  const latin = latinText.length - (latinText.match(HIGH_SURROGATES)?.length ?? 0);
  return arabic > latin ? 'arabic' : latin > 0 ? 'latin' : 'other';
}

const NOT_ARABIC = /[^\u0600-\u06FF]+/gu;
const NOT_LATIN = /\P{Script=Latin}+/gu;
const HIGH_SURROGATES = /[\uD800-\uDBFF]/g;
