// No internal link, asset or #fragment of a built site is broken: entity pages and paragraph anchors included.
import { describe, expect, inject, test } from 'vitest';
import { checkLinks } from '../helpers/check-links.ts';

describe('link integrity', () => {
  test.each([
    ['the seeds build', () => inject('seedsSite').outDir],
    ['the build with bad seeds mixed in', () => inject('badSite').outDir],
  ])('every internal link and fragment of %s resolves', async (_name, outDir) => {
    const { pages, links, broken } = await checkLinks(outDir());
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(100);
    expect(broken, JSON.stringify(broken.slice(0, 10), null, 2)).toEqual([]);
  });
});
