// A table of each character's class, for the scanners that read text one character at a time instead of through
// expressions with Unicode classes (tokenize.ts, make-title.ts, rank-languages.ts): the class of a character is worked
// out once, with an expression, the first time it is met, then read from the table.

/** Added to a class for a character of two code units (a surrogate pair); classes themselves are 1 to 0x7fff. */
export const PAIR = 0x8000;

/** Masks a value of `classAt` down to the class. */
export const CLASS = 0x7fff;

/** How many code units the character of a value of `classAt` takes. */
export function widthOf(known: number): number {
  return known & PAIR ? 2 : 1;
}

/**
 * A reader of classes by `classOf` (a whole character in, a class from 1 to 0x7fff out): `classAt(text, at)` gives the
 * class of the character at `at`, read as a code point as expressions in unicode mode read it (a surrogate pair is one
 * character, a lone surrogate is its own), plus PAIR when it takes two code units.
 */
export function characterClasses(classOf: (character: string) => number): (text: string, at: number) => number {
  const unitClasses = new Uint16Array(0x10000);
  const pairClasses = new Map<number, number>();
  return (text, at) => {
    const codePoint = text.codePointAt(at)!;
    if (codePoint > 0xffff) {
      let known = pairClasses.get(codePoint);
      if (known === undefined) pairClasses.set(codePoint, (known = classOf(String.fromCodePoint(codePoint))));
      return known + PAIR;
    }
    let known = unitClasses[codePoint]!;
    if (known === 0) unitClasses[codePoint] = known = classOf(text[at]!);
    return known;
  };
}
