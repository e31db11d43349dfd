import { describe, expect, test } from 'vitest';
import { checkLinks } from '../helpers/check-links.ts';
import { fileTree } from '../helpers/file-tree.ts';

const site = (pages: Record<string, string>): Promise<string> => fileTree('casebook-links-', pages);

describe('the link checker', () => {
  test('accepts links to pages and fragments that exist', async () => {
    const dir = await site({ 'index.html': '<a href="/a/#p1">a</a><a href="a/">a</a>', 'a/index.html': '<p id="p1">x</p><a href="/">home</a>' });
    expect((await checkLinks(dir)).broken).toEqual([]);
  });

  test('reports a missing page, a missing fragment and a link outside the base', async () => {
    const dir = await site({ 'index.html': '<a href="/casebook/missing/">m</a><a href="/casebook/#nowhere">f</a><a href="/elsewhere/">o</a>' });
    const { broken } = await checkLinks(dir, '/casebook/');
    expect(broken.map((b) => b.reason)).toEqual(['no such file', 'no element with id "nowhere"', 'outside the base /casebook/']);
  });

  test('ignores links to other sites', async () => {
    const dir = await site({ 'index.html': '<a href="https://www.wikidata.org/wiki/Q2283">w</a>' });
    expect(await checkLinks(dir)).toMatchObject({ links: 0, broken: [] });
  });
});
