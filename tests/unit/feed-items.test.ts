// The RSS feed's items are its incremental-build key: they hold everything the feed says of the articles, and nothing else.
import { describe, expect, test } from 'vitest';
import { feedItems } from '../../src/site/feed-items.ts';

const entry = (source: string, title: string, more: Partial<{ slug: string; excerpt: string; words: number; hash: string }> = {}) => ({
  data: { source, title, slug: more.slug ?? title.toLowerCase().replace(/\s+/g, '-'), excerpt: more.excerpt ?? `${title}…`, words: more.words ?? 600, hash: more.hash ?? 'a'.repeat(64) },
});

describe('feedItems', () => {
  test("lists every article by its seed's name, with its title, page and excerpt", () => {
    const items = feedItems([entry('b.txt', 'Second story'), entry('a.txt', 'First story', { excerpt: 'It began.' })]);
    expect(items.map((i) => i.title)).toEqual(['First story', 'Second story']);
    expect(items[0]).toEqual({ title: 'First story', link: expect.stringMatching(/\/articles\/first-story\/$/), description: 'It began.' });
  });

  test('change when a title, a page or an excerpt changes, and not with what the feed does not show', () => {
    const key = (list: ReturnType<typeof entry>[]) => JSON.stringify(feedItems(list));
    const before = key([entry('a.txt', 'First story'), entry('b.txt', 'Second story')]);
    expect(key([entry('a.txt', 'First story', { words: 700, hash: 'b'.repeat(64) }), entry('b.txt', 'Second story')])).toBe(before);
    expect(key([entry('a.txt', 'First story, updated', { slug: 'first-story' }), entry('b.txt', 'Second story')])).not.toBe(before);
    expect(key([entry('a.txt', 'First story', { slug: 'first-story-2' }), entry('b.txt', 'Second story')])).not.toBe(before);
    expect(key([entry('a.txt', 'First story', { excerpt: 'Something else.' }), entry('b.txt', 'Second story')])).not.toBe(before);
    expect(key([entry('a.txt', 'First story')])).not.toBe(before);
  });
});
