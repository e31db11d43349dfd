// Splits text into word tokens with their offsets, the unit every matcher in the pipeline works on.
import { CLASS, characterClasses, widthOf } from './character-classes.ts';

/** A word of a text and where it stands (UTF-16 offsets). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// A word: letters, marks and digits, with an inner apostrophe ("Musk's", "O'Neil") kept inside it, as the expression
// /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu finds it. Read by hand (scanWords) from a table of each code unit's
// class, because the expression's Unicode classes made tokenising most of the cost of reading a corpus: 1.9 million
// words of the 3,000 bench articles in about 250 ms, against about 100 ms for the same spans scanned here.
// tests/unit/tokenize.test.ts holds the spans equal to the expression's over any text.
// French and Italian elide an article or pronoun onto the next word: "d’Hydralis", "l’usine", "qu’il", "dell’anno".
// Lowercase only: a capital before the apostrophe belongs to a name ("L'Oréal", "N'Golo Kanté", "D'Angelo").
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull|un)['’](?=\p{L})/u;

/** Tokenises by Unicode letter classes, so every script splits the same way and offsets are exact. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (matchStart, matchEnd) => {
    const word = withoutTrailingApostrophe(text.slice(matchStart, matchEnd));
    const cut = elisionLength(word);
    const start = matchStart + cut;
    tokens.push({ text: word.slice(cut), start, end: start + word.length - cut });
  });
  return tokens;
}

/**
 * The words `tokenize` finds, without their offsets: for the callers that only compare words (the dossier's claims
 * read 148,000 sentences at 3,000 articles, and a token object and a match array per word were most of what they
 * allocated).
 */
export function tokenWords(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (start, end) => {
    const word = withoutTrailingApostrophe(text.slice(start, end));
    words.push(word.slice(elisionLength(word)));
  });
  return words;
}

/** What a character is to a word: a letter or mark, a digit, or neither. */
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;

/** The class of the character at `at`, plus PAIR for two code units. */
const classAt = characterClasses((character) => (/[\p{L}\p{M}]/u.test(character) ? LETTER : /\p{N}/u.test(character) ? DIGIT : OTHER));

/** Calls `visit` with the start and end of each word of `text`, in order, as the expression above matches them. */
function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    let known = classAt(text, at);
    if ((known & CLASS) === OTHER) {
      at += widthOf(known);
      continue;
    }
    const start = at;
    // Letters, marks and digits, as many as follow.
    while (at < length && ((known = classAt(text, at)) & CLASS) !== OTHER) at += widthOf(known);
    // Then an apostrophe and letters or marks, as often as they come; an apostrophe followed by none ends the word.
    while (at < length && (text.charCodeAt(at) === 0x27 || text.charCodeAt(at) === 0x2019)) {
      let next = at + 1;
      while (next < length && ((known = classAt(text, next)) & CLASS) === LETTER) next += widthOf(known);
      if (next === at + 1) {
        at = next;
        break;
      }
      at = next;
    }
    visit(start, at);
  }
}

/** A trailing apostrophe belongs to the word only as a plural possessive ("Users'"). */
function withoutTrailingApostrophe(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x27 && last !== 0x2019) return word;
  return /s['’]$/iu.test(word) ? word : word.slice(0, -1);
}

/** How many characters of an elided article or pronoun open the word ("l’" of "l’usine"); 0 for none. */
function elisionLength(word: string): number {
  // The longest elided word has six letters: without an apostrophe in the first seven characters there is none.
  const apostrophe = Math.max(word.lastIndexOf("'", 6), word.lastIndexOf('’', 6));
  return apostrophe < 1 ? 0 : (ELISION.exec(word)?.[0].length ?? 0);
}
