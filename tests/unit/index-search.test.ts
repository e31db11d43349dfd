import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { entitySearchPages } from '../../src/pipeline/entity-search-pages.ts';
import { startSearchIndex } from '../../src/pipeline/index-search.ts';
import type { EntityPageData } from '../../src/pipeline/schemas.ts';

interface Fragment {
  url: string;
  content: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

/** Every page in a bundle as Pagefind stored it, by URL. */
async function indexedPages(bundleDir: string): Promise<Fragment[]> {
  const dir = join(bundleDir, 'fragment');
  const fragments = await Promise.all((await readdir(dir)).map(async (name) => gunzipSync(await readFile(join(dir, name))).toString('utf8')));
  return fragments.map((text) => JSON.parse(text.slice(text.indexOf('{'))) as Fragment).sort((a, b) => a.url.localeCompare(b.url));
}

/** The environment of the Pagefind process this one started, read from /proc (Linux only). */
async function pagefindEnvironment(): Promise<Map<string, string>> {
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // pid, (command, cut to 15 characters), state, parent pid
    const [, command, parent] = /^\d+ \((.*)\) \S (\d+)/.exec(stat) ?? [];
    if (!command?.startsWith('pagefind') || Number(parent) !== process.pid) continue;
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8');
    return new Map(environ.split('\0').filter(Boolean).map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
  }
  throw new Error('no Pagefind process was started by this one');
}

const acme: EntityPageData = {
  id: 'acme', name: 'Acme <Water>', type: 'organization', aliases: ['ACME Corp'], description: 'A company that builds desalination plants.',
  descriptionSource: null, sameAs: [], mentions: [], related: [], contexts: [{ article: 'water', source: 'water.txt', paragraph: 'p1', lang: 'en', dir: 'ltr', sentence: 'Zenith sued Acme.' }],
};

describe('the search index', () => {
  test('is written from records and entity pages alone, with no built site to read, taking pages until it is finished', async () => {
    const bundle = join(await mkdtemp(join(tmpdir(), 'casebook-search-')), 'pagefind');
    const records = [{ url: '/articles/water/', content: 'Desalination plant opens', language: 'en', meta: { title: 'Water' }, filters: { kind: ['article'] } }];
    const indexing = await startSearchIndex({ records, pages: entitySearchPages([acme]) });
    indexing.add({ records: [{ url: '/dossier/', content: 'Dossier', language: 'en', meta: { title: 'Dossier' }, filters: { kind: ['dossier'] } }], pages: [] });
    expect(await indexing.finish(bundle)).toEqual({ pages: 3 });
    const [article, dossier, entity] = await indexedPages(bundle);
    expect(dossier).toMatchObject({ url: '/dossier/', meta: { title: 'Dossier' } });
    expect(article).toMatchObject({ url: '/articles/water/', content: 'Desalination plant opens', meta: { title: 'Water' } });
    // The entity's name, type, description and spellings, escaped as text, without the sentences that name it.
    expect(entity).toMatchObject({ url: '/entities/acme/', meta: { title: 'Acme <Water>' }, filters: { kind: ['entity'], type: ['organization'] } });
    expect(entity!.content).toContain('A company that builds desalination plants.');
    expect(entity!.content).toContain('ACME Corp');
    expect(entity!.content).not.toContain('Zenith');
  });

  describe.skipIf(process.platform !== 'linux')("Pagefind's process", () => {
    const oneRecord = { records: [{ url: '/articles/water/', content: 'Desalination', language: 'en', meta: { title: 'Water' }, filters: { kind: ['article'] } }], pages: [] };
    const finished = async (indexing: Awaited<ReturnType<typeof startSearchIndex>>): Promise<void> => {
      await indexing.finish(join(await mkdtemp(join(tmpdir(), 'casebook-search-')), 'pagefind'));
    };

    test('allocates on transparent huge pages, without the setting staying in this process', async () => {
      expect(process.env['_RJEM_MALLOC_CONF']).toBeUndefined();
      const indexing = await startSearchIndex(oneRecord);
      try {
        expect((await pagefindEnvironment()).get('_RJEM_MALLOC_CONF')).toBe('thp:always,metadata_thp:always');
        expect(process.env['_RJEM_MALLOC_CONF']).toBeUndefined();
      } finally {
        await finished(indexing);
      }
    });

    test('serves two indexes at once, each written to its own bundle, and stops once both are done', async () => {
      const first = await startSearchIndex(oneRecord);
      const second = await startSearchIndex({ records: [{ ...oneRecord.records[0]!, url: '/dossier/', content: 'Dossier' }], pages: [] });
      const bundle = join(await mkdtemp(join(tmpdir(), 'casebook-search-')), 'pagefind');
      await first.finish(bundle);
      expect((await indexedPages(bundle)).map((p) => p.url)).toEqual(['/articles/water/']);
      // Still running for the second index.
      await pagefindEnvironment();
      const other = join(await mkdtemp(join(tmpdir(), 'casebook-search-')), 'pagefind');
      await second.finish(other);
      expect((await indexedPages(other)).map((p) => p.url)).toEqual(['/dossier/']);
      await expect.poll(() => pagefindEnvironment().then(() => 'running', () => 'stopped'), { timeout: 5_000 }).toBe('stopped');
    });

    test('stops once an index is discarded and the other finished', async () => {
      const kept = await startSearchIndex(oneRecord);
      const dropped = await startSearchIndex(oneRecord);
      await dropped.discard();
      await pagefindEnvironment();
      await finished(kept);
      await expect.poll(() => pagefindEnvironment().then(() => 'running', () => 'stopped'), { timeout: 5_000 }).toBe('stopped');
    });

    test('keeps an allocator setting the user gave', async () => {
      process.env['_RJEM_MALLOC_CONF'] = 'narenas:1';
      try {
        const indexing = await startSearchIndex(oneRecord);
        try {
          expect((await pagefindEnvironment()).get('_RJEM_MALLOC_CONF')).toBe('narenas:1');
          expect(process.env['_RJEM_MALLOC_CONF']).toBe('narenas:1');
        } finally {
          await finished(indexing);
        }
      } finally {
        delete process.env['_RJEM_MALLOC_CONF'];
      }
    });
  });
});
