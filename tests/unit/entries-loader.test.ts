// The entities' loader: every entry of the JSON array goes through the schema into the store, and a rebuild checks
// and stores again only the entries whose data changed.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keptEntriesLoader } from '../../src/site/entries-loader.ts';
import { fileTree } from '../helpers/file-tree.ts';
import { fakeLoaderContext, type StoredEntry } from '../helpers/loader-context.ts';

/** A loader context that records the id of every entry parsed, and marks parsed data so a kept entry can be told apart. */
function countingContext(root: string, entries?: Map<string, StoredEntry>) {
  const parsed: string[] = [];
  const context = fakeLoaderContext(root, entries, async ({ id, data }) => (parsed.push(id), { ...data, checked: true }));
  return { context, parsed };
}

async function entitiesFile(entries: unknown): Promise<{ root: string; path: string }> {
  const root = await fileTree('casebook-entries-', { 'data/entities.json': JSON.stringify(entries) });
  return { root, path: join(root, 'data', 'entities.json') };
}

describe('keptEntriesLoader', () => {
  test('stores every entry through the schema, by its id', async () => {
    const { root, path } = await entitiesFile([{ id: 'acme', name: 'Acme' }, { id: 'jane-doe', name: 'Jane Doe' }]);
    const { context, parsed } = countingContext(root);
    await keptEntriesLoader(path).load(context);
    expect(parsed).toEqual(['acme', 'jane-doe']);
    expect(context.entries.get('acme')?.data).toEqual({ id: 'acme', name: 'Acme', checked: true });
  });

  test('on a rebuild parses only changed and new entries, keeps the others and drops the removed', async () => {
    const { root, path } = await entitiesFile([{ id: 'acme', name: 'Acme' }, { id: 'jane-doe', name: 'Jane Doe' }, { id: 'gone', name: 'Gone' }]);
    const first = countingContext(root);
    await keptEntriesLoader(path).load(first.context);
    await writeFile(path, JSON.stringify([{ id: 'acme', name: 'Acme' }, { id: 'jane-doe', name: 'Jane Q. Doe' }, { id: 'new', name: 'New' }]));
    const again = countingContext(root, first.context.entries);
    await keptEntriesLoader(path).load(again.context);
    expect(again.parsed).toEqual(['jane-doe', 'new']);
    expect([...again.context.entries.keys()].sort()).toEqual(['acme', 'jane-doe', 'new']);
    expect(again.context.entries.get('jane-doe')?.data['name']).toBe('Jane Q. Doe');
  });

  test('lists the entries in the file\'s order after a rebuild that adds one between kept ones, as a first build would', async () => {
    const { root, path } = await entitiesFile([{ id: 'acme', name: 'Acme' }, { id: 'zeta', name: 'Zeta' }]);
    const first = countingContext(root);
    await keptEntriesLoader(path).load(first.context);
    await writeFile(path, JSON.stringify([{ id: 'acme', name: 'Acme' }, { id: 'jane-doe', name: 'Jane Doe' }, { id: 'zeta', name: 'Zeta' }]));
    const again = countingContext(root, first.context.entries);
    await keptEntriesLoader(path).load(again.context);
    expect(again.parsed).toEqual(['jane-doe']);
    expect([...again.context.entries.keys()]).toEqual(['acme', 'jane-doe', 'zeta']);
    expect(again.context.entries.get('zeta')?.data).toEqual({ id: 'zeta', name: 'Zeta', checked: true });
  });

  test.each([
    ['not JSON', '[{oops', /could not be read as JSON.*run the build again/],
    ['not an array', '{"acme":{}}', /does not hold an array of entries/],
    ['an entry without an id', '[{"name":"Acme"}]', /entry 0 has no id/],
    ['an id used twice', '[{"id":"acme"},{"id":"acme"}]', /the id acme is used twice/],
  ])('names the file when it holds %s', async (_what, text, message) => {
    const root = await fileTree('casebook-entries-', { 'data/entities.json': text });
    const path = join(root, 'data', 'entities.json');
    await expect(keptEntriesLoader(path).load(fakeLoaderContext(root))).rejects.toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.*`));
    await expect(keptEntriesLoader(path).load(fakeLoaderContext(root))).rejects.toThrow(message);
  });
});
