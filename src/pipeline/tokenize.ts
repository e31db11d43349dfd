// Splits text into word tokens with their offsets, the unit every matcher in the pipeline works on.
import { allMatches } from './regex-matches.ts';

/** A word of a text and where it stands (UTF-16 offsets). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits, with an inner apostrophe ("Musk's", "O'Neil") kept inside the word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;
// French and Italian elide an article or pronoun onto the next word: "d’Hydralis", "l’usine", "qu’il", "dell’anno".
// Lowercase only: a capital before the apostrophe belongs to a name ("L'Oréal", "N'Golo Kanté", "D'Angelo").
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull|un)['’](?=\p{L})/u;

/** Tokenises by Unicode letter classes, so every script splits the same way and offsets are exact. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of allMatches(WORD, text)) {
    let word = match[0];
    let start = match.index;
    // A trailing apostrophe belongs to the word only as a plural possessive ("Users'").
    if (/['’]$/u.test(word) && !/s['’]$/iu.test(word)) word = word.slice(0, -1);
    const elided = ELISION.exec(word);
    if (elided) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}
