import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { stabiliseSearchIndex } from '../../src/pipeline/stabilise-search-index.ts';
import { packIndexFile as pack, snapshotFolder as snapshot, unpackIndexFile as unpack } from '../helpers/search-bundle.ts';

/** A bundle shaped like Pagefind's, with filter values and filters listed in the order given. */
async function bundle(kindValues: Array<[string, number[]]>, filterOrder: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'casebook-pagefind-'));
  await mkdir(join(dir, 'filter'));
  const hashes: Record<string, string> = { kind: `en_k${kindValues[0]![0].length}`, lang: 'en_lang' };
  await writeFile(join(dir, 'filter', `${hashes['kind']}.pf_filter`), pack(['kind', kindValues]));
  await writeFile(join(dir, 'filter', `${hashes['lang']}.pf_filter`), pack(['lang', [['English', [0, 1]]]]));
  const meta = ['1.5.2', [['en_page', 10]], [], filterOrder.map((name) => [name, hashes[name]]), [], ['title']];
  await writeFile(join(dir, 'pagefind.en_meta1.pf_meta'), pack(meta));
  await writeFile(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_meta1', wasm: 'en', page_count: 2 } } }));
  return dir;
}

describe('making the Pagefind bundle byte-identical', () => {
  test('two bundles that differ only in hash-map order come out the same, with sorted values', async () => {
    const first = await bundle([['article', [1, 2]], ['dossier', [0]], ['entity', [3]]], ['lang', 'kind']);
    const second = await bundle([['entity', [3]], ['article', [1, 2]], ['dossier', [0]]], ['kind', 'lang']);
    expect(await snapshot(first)).not.toEqual(await snapshot(second));
    await stabiliseSearchIndex(first);
    await stabiliseSearchIndex(second);
    expect(await snapshot(first)).toEqual(await snapshot(second));

    const entry = JSON.parse(await readFile(join(first, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
    const meta = unpack(await readFile(join(first, `pagefind.${entry.languages.en.hash}.pf_meta`))) as [string, unknown, unknown, Array<[string, string]>];
    expect(meta[3].map(([name]) => name)).toEqual(['kind', 'lang']);
    const kind = unpack(await readFile(join(first, 'filter', `${meta[3][0]![1]}.pf_filter`))) as [string, Array<[string, number[]]>];
    expect(kind).toEqual(['kind', [['article', [1, 2]], ['dossier', [0]], ['entity', [3]]]]);
  });

  test('refuses files that are not Pagefind index files instead of rewriting them', async () => {
    const dir = await bundle([['article', [0]]], ['kind']);
    await writeFile(join(dir, 'filter', 'en_k7.pf_filter'), gzipSync(Buffer.from('not an index')));
    await expect(stabiliseSearchIndex(dir)).rejects.toThrow(/format/);
  });
});
