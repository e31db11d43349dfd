import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { tokenize, tokenWords } from '../../src/pipeline/tokenize.ts';

test.each([
  ['le contrat d’Hydralis', ['le', 'contrat', 'Hydralis']],
  ["l'usine qu'il dirige", ['usine', 'il', 'dirige']],
  ["L'Oréal and N'Golo Kanté", ["L'Oréal", 'and', "N'Golo", 'Kanté']],
  ["D'Angelo Russell's team", ["D'Angelo", "Russell's", 'team']],
  ["the Users' forum", ['the', "Users'", 'forum']],
])('%s', (text, words) => {
  const tokens = tokenize(text);
  expect(tokens.map((t) => t.text)).toEqual(words);
  for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
});

test('tokenWords gives the words of tokenize, for any text', () => {
  const pieces = ['l’', "d'", "qu'", 'L’', 'Oréal', 'usine', "Users'", "Musk's", '’', "'", ' ', '\n', 'مرحبا', 'والشركة', '42', 'é', 'x', '-', '.', 'dell’', 'anno'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(tokenWords(text)).toEqual(tokenize(text).map((t) => t.text));
    }),
    { seed: 20261128, numRuns: 500 },
  );
});

/** The definition tokenize reads by hand: its words as this expression matches them, then the same trimming. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull|un)['’](?=\p{L})/u;

function byExpression(text: string): Array<{ text: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((match) => {
    const word = /['’]$/u.test(match[0]) && !/s['’]$/iu.test(match[0]) ? match[0].slice(0, -1) : match[0];
    const cut = ELISION.exec(word)?.[0].length ?? 0;
    return { text: word.slice(cut), start: match.index + cut, end: match.index + word.length };
  });
}

test('tokenize finds the words, offsets and elisions the expression finds, for any text of any script', () => {
  // Letters with and without combining marks, digits of several scripts, apostrophes in every position, elided
  // articles, astral letters and digits (surrogate pairs), an astral symbol, lone surrogates, spaces and punctuation.
  const pieces = ['l’', "d'", "qu'", 'jusqu’', 'un’', 'Oréal', 'e\u0301', '\u0301', 'usine', "Users'", "Musk's", 's’', '’', "'", "''",
    ' ', '\n', '-', '.', 'مرحبا', 'ال', '٣', '४२', '42', 'Ⅻ', '日本', '\u{20000}', '\u{1D7CE}', '\u{1F600}', '\uD800', '\uDC00', 'ß', 'İ', 'A'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(tokenize(text)).toEqual(byExpression(text));
    }),
    { seed: 20261129, numRuns: 2000 },
  );
  // And over the seeds as they are.
  const seeds = readdirSync(join(import.meta.dirname, '../../seeds')).map((name) => readFileSync(join(import.meta.dirname, '../../seeds', name), 'utf8'));
  for (const seed of seeds) expect(tokenize(seed)).toEqual(byExpression(seed));
});
