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
