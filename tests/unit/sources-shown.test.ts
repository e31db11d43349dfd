// Which sources a dossier statement lists: distinct articles first, then repeats, and honest counts of the rest.
import { expect, test } from 'vitest';
import { shownSources } from '../../src/site/sources-shown.ts';

const src = (article: string, n: number) => ({ article, text: `${article}-${n}` });

test('lists one source per article before a second source of any article', () => {
  const sources = [src('a', 1), src('a', 2), src('a', 3), src('b', 1), src('c', 1), src('b', 2)];
  const { shown, hidden, hiddenArticles } = shownSources(sources, 4);
  expect(shown.map((s) => s.text)).toEqual(['a-1', 'b-1', 'c-1', 'a-2']);
  expect([hidden, hiddenArticles]).toEqual([2, 0]);
});

test('counts the articles that got no row at all', () => {
  const sources = ['a', 'b', 'c', 'd', 'e'].flatMap((article) => [src(article, 1), src(article, 2)]);
  expect(shownSources(sources, 3)).toMatchObject({ hidden: 7, hiddenArticles: 2 });
});

test('lists everything, in order, when it fits', () => {
  const sources = [src('b', 1), src('a', 1)];
  expect(shownSources(sources, 6)).toEqual({ shown: sources, hidden: 0, hiddenArticles: 0 });
});
