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
    const word = withoutTrailingApostrophe(match[0]);
    const cut = elisionLength(word);
    const start = match.index + cut;
    tokens.push({ text: word.slice(cut), start, end: start + word.length - cut });
  }
  return tokens;
}

/**
 * The words `tokenize` finds, without their offsets: for the callers that only compare words (the dossier's claims
 * read 148,000 sentences at 3,000 articles, and a token object and a match array per word were most of what they
 * allocated).
 */
export function tokenWords(text: string): string[] {
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = withoutTrailingApostrophe(words[i]!);
    words[i] = word.slice(elisionLength(word));
  }
  return words;
}

/** A trailing apostrophe belongs to the word only as a plural possessive ("Users'"). */
function withoutTrailingApostrophe(word: string): string {
  return /['’]$/u.test(word) && !/s['’]$/iu.test(word) ? word.slice(0, -1) : word;
}

/** How many characters of an elided article or pronoun open the word ("l’" of "l’usine"); 0 for none. */
function elisionLength(word: string): number {
  return ELISION.exec(word)?.[0].length ?? 0;
}
