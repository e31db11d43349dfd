import { expect, test } from 'vitest';
import { tokenize } from '../../src/pipeline/tokenize.ts';

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
