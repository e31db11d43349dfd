// A readable title for an article that has no headline, made from its opening sentence; and the article's word count.
import { CLASS, characterClasses, widthOf } from './character-classes.ts';

const MAX_TITLE_LENGTH = 100;

/** First sentence of the text, cut at a word boundary to at most 100 characters, with an ellipsis when cut. */
export function openingSentenceToTitle(text: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
  const first = segmenter.segment(text)[Symbol.iterator]().next().value?.segment.trim() ?? text.trim();
  if (first.length <= MAX_TITLE_LENGTH) return first.replace(/[.;:,]$/u, '');
  const words = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' }).segment(first);
  let cut = 0;
  for (const { index, isWordLike, segment } of words) {
    if (index + segment.length > MAX_TITLE_LENGTH - 1) break;
    if (isWordLike) cut = index + segment.length;
  }
  return `${first.slice(0, cut || MAX_TITLE_LENGTH - 1).replace(/[\s,;:،]+$/u, '')}…`;
}

/** Whether any of the texts holds a word: stops at the first one, where counting would read everything. */
export function hasWords(texts: string[]): boolean {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const text of texts) for (const segment of segmenter.segment(text)) if (segment.isWordLike) return true;
  return false;
}

/**
 * Counts words as the locale's word segmenter does (Intl.Segmenter, Unicode's word boundaries), which also handles
 * scripts without spaces. Written partly by hand: iterating the segmenter makes an object and a string of every word
 * and every space, about 1 s of a cold build at 3,000 articles. The text is read in runs between separators; a run
 * that the boundary rules keep as one word (below) counts one without the segmenter, and any other run is given to it
 * with the separator before it, which is all the context the rules read across a separator.
 * tests/unit/count-words.test.ts holds the count equal to the segmenter's for any text and locale.
 */
export function countWords(texts: string[], lang: string): number {
  const segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
  let words = 0;
  for (const text of texts) {
    const length = text.length;
    let at = 0;
    while (at < length) {
      let known = classAt(text, at);
      if ((known & CLASS) === SEPARATOR) {
        at += widthOf(known);
        continue;
      }
      const start = at;
      // A run of punctuation, then letters or digits with their marks, then punctuation, is one word; punctuation
      // alone is none. Any other run goes to the segmenter.
      let part = 0;
      let plain = true;
      for (; at < length && ((known = classAt(text, at)) & CLASS) !== SEPARATOR; at += widthOf(known)) {
        const kind = known & CLASS;
        if (kind === PUNCTUATION) part = part === 1 ? 2 : part;
        else if (kind === WORD_START && part !== 2) part = 1;
        else if (kind !== MARK || part !== 1) plain = false;
      }
      if (plain) words += part === 0 ? 0 : 1;
      else for (const segment of segmenter.segment(text.slice(Math.max(0, start - 1), at))) if (segment.isWordLike) words++;
    }
  }
  return words;
}

/**
 * What a character is to countWords: a separator (white space whose word-boundary class joins nothing: not U+202F,
 * which joins words as an underscore does, nor the byte order mark, which the rules ignore), a letter of a script
 * written with spaces between words (Latin, Greek, Cyrillic, Arabic) or a decimal digit, a mark, punctuation other
 * than connectors (which join words), or anything else.
 */
const SEPARATOR = 1;
const WORD_START = 2;
const MARK = 3;
const PUNCTUATION = 4;
const OTHER = 5;

/** The class of the character at `at`, plus PAIR for two code units. */
const classAt = characterClasses((character) => {
  if (/^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u205F\u3000]$/u.test(character)) return SEPARATOR;
  if (/^[[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Arabic}]&&\p{L}]$/v.test(character) || /^\p{Nd}$/u.test(character)) return WORD_START;
  if (/^\p{M}$/u.test(character)) return MARK;
  if (/^[\p{P}--\p{Pc}]$/v.test(character)) return PUNCTUATION;
  return OTHER;
});
