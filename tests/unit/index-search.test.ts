import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { SearchRecord } from '../../src/pipeline/article-search-records.ts';
import { startSearchIndex } from '../../src/pipeline/index-search.ts';

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

interface Fragment {
  url: string;
  content: string;
  meta: { title: string };
}

/** Every page in a bundle as Pagefind stored it, by URL. */
async function indexedPages(bundleDir: string): Promise<Fragment[]> {
  const dir = join(bundleDir, 'fragment');
  const fragments = await Promise.all((await readdir(dir)).map(async (name) => gunzipSync(await readFile(join(dir, name))).toString('utf8')));
  return fragments.map((text) => JSON.parse(text.slice(text.indexOf('{'))) as Fragment).sort((a, b) => a.url.localeCompare(b.url));
}

describe('the search index', () => {
  test('takes the article records before the site exists and reads only the pages no record stands for', async () => {
    const site = join(await mkdtemp(join(tmpdir(), 'casebook-search-')), 'dist');
    const record: SearchRecord = {
      url: '/articles/water/', content: 'Desalination plant opens', language: 'en', meta: { title: 'Water' }, filters: { kind: ['article'] },
    };
    const indexing = await startSearchIndex([record]);
    // The site is written while Pagefind takes the records in.
    for (const [path, html] of [
      ['entities/acme/index.html', page('Acme', 'A company that builds plants.')],
      ['dossier/index.html', page('Dossier', 'Key figures.')],
      ['articles/water/index.html', page('Stale copy', 'This page must not be read: its record stands for it.')],
    ] as const) {
      await mkdir(join(site, path, '..'), { recursive: true });
      await writeFile(join(site, path), html);
    }
    expect(await indexing.finish(site)).toEqual({ pages: 3 });
    const pages = await indexedPages(join(site, 'pagefind'));
    expect(pages.map((p) => p.url)).toEqual(['/articles/water/', '/dossier/', '/entities/acme/']);
    expect(pages[0]).toMatchObject({ content: 'Desalination plant opens', meta: { title: 'Water' } });
  });
});
