// Splits text into word tokens with their offsets, the unit every matcher in the pipeline works on.

/** A word of a text and where it stands (UTF-16 offsets). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits, with an inner apostrophe ("Musk's", "O'Neil") kept inside the word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;

/** Tokenises by Unicode letter classes, so every script splits the same way and offsets are exact. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    // A trailing apostrophe belongs to the word only as a plural possessive ("Users'").
    if (/['’]$/u.test(word) && !/s['’]$/iu.test(word)) word = word.slice(0, -1);
    tokens.push({ text: word, start: match.index, end: match.index + word.length });
  }
  return tokens;
}
