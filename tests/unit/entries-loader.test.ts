// The entities' loader: every entry of the JSON array goes through the schema into the store, and a rebuild checks
// and stores again only the entries whose data changed.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { keptEntriesLoader } from '../../src/site/entries-loader.ts';
import { fileTree } from '../helpers/file-tree.ts';
import { fakeLoaderContext, type StoredEntry } from '../helpers/loader-context.ts';

/** The collection's schema, which the loader keeps entries under. */
const SCHEMA = z.object({ id: z.string(), name: z.string() });

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
    await keptEntriesLoader(path, SCHEMA).load(context);
    expect(parsed).toEqual(['acme', 'jane-doe']);
    expect(context.entries.get('acme')?.data).toEqual({ id: 'acme', name: 'Acme', checked: true });
  });

  test('on a rebuild parses only changed and new entries, keeps the others and drops the removed', async () => {
    const { root, path } = await entitiesFile([{ id: 'acme', name: 'Acme' }, { id: 'jane-doe', name: 'Jane Doe' }, { id: 'gone', name: 'Gone' }]);
    const first = countingContext(root);
    await keptEntriesLoader(path, SCHEMA).load(first.context);
    await writeFile(path, JSON.stringify([{ id: 'acme', name: 'Acme' }, { id: 'jane-doe', name: 'Jane Q. Doe' }, { id: 'new', name: 'New' }]));
    const again = countingContext(root, first.context.entries);
    await keptEntriesLoader(path, SCHEMA).load(again.context);
    expect(again.parsed).toEqual(['jane-doe', 'new']);
    expect([...again.context.entries.keys()].sort()).toEqual(['acme', 'jane-doe', 'new']);
    expect(again.context.entries.get('jane-doe')?.data['name']).toBe('Jane Q. Doe');
  });

  test('lists the entries in the file\'s order after a rebuild that adds one between kept ones, as a first build would', async () => {
    const { root, path } = await entitiesFile([{ id: 'acme', name: 'Acme' }, { id: 'zeta', name: 'Zeta' }]);
    const first = countingContext(root);
    await keptEntriesLoader(path, SCHEMA).load(first.context);
    await writeFile(path, JSON.stringify([{ id: 'acme', name: 'Acme' }, { id: 'jane-doe', name: 'Jane Doe' }, { id: 'zeta', name: 'Zeta' }]));
    const again = countingContext(root, first.context.entries);
    await keptEntriesLoader(path, SCHEMA).load(again.context);
    expect(again.parsed).toEqual(['jane-doe']);
    expect([...again.context.entries.keys()]).toEqual(['acme', 'jane-doe', 'zeta']);
    expect(again.context.entries.get('zeta')?.data).toEqual({ id: 'zeta', name: 'Zeta', checked: true });
  });

  test('parses every entry again when the schema changes, though the file did not', async () => {
    const { root, path } = await entitiesFile([{ id: 'acme', name: 'Acme' }, { id: 'globex', name: 'Globex' }]);
    const first = countingContext(root);
    await keptEntriesLoader(path, SCHEMA).load(first.context);
    const again = countingContext(root, first.context.entries);
    await keptEntriesLoader(path, SCHEMA.extend({ founded: z.number().default(1900) })).load(again.context);
    expect(again.parsed).toEqual(['acme', 'globex']);
  });

  test('loads the file again when the dev server sees it change, as file() does', async () => {
    const { root, path } = await entitiesFile([{ id: 'acme', name: 'Acme' }]);
    const { context } = countingContext(root);
    const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add(file: string) { this.watched.push(file); } });
    Object.assign(context, { watcher, logger: { error: () => undefined } });
    await keptEntriesLoader(path, SCHEMA).load(context);
    expect(watcher.watched).toEqual([path]);
    await writeFile(path, JSON.stringify([{ id: 'acme', name: 'Acme Corp' }]));
    watcher.emit('change', path);
    await vi.waitFor(() => expect(context.entries.get('acme')?.data['name']).toBe('Acme Corp'));
  });

  test.each([
    ['not JSON', '[{oops', /could not be read as JSON.*run the build again/],
    ['not an array', '{"acme":{}}', /does not hold an array of entries/],
    ['an entry without an id', '[{"name":"Acme"}]', /entry 0 has no id/],
    ['an id used twice', '[{"id":"acme"},{"id":"acme"}]', /the id acme is used twice/],
  ])('names the file when it holds %s', async (_what, text, message) => {
    const root = await fileTree('casebook-entries-', { 'data/entities.json': text });
    const path = join(root, 'data', 'entities.json');
    await expect(keptEntriesLoader(path, SCHEMA).load(fakeLoaderContext(root))).rejects.toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.*`));
    await expect(keptEntriesLoader(path, SCHEMA).load(fakeLoaderContext(root))).rejects.toThrow(message);
  });
});
