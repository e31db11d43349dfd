// /api/entities/<id>.json as the build writes it beside Astro: the body's fields in the API's order whatever order the
// pipeline's objects have, every entity and retired id written, and into a kept output folder only what changed.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../src/pipeline/build-cache.ts';
import { contextsDigests } from '../../src/pipeline/contexts-file.ts';
import { apiJsonText, entityApiBody, entityApiFile, retiredApiBody } from '../../src/pipeline/entity-api.ts';
import { dossierSchema, type Dossier, type EntityPageData, type RetiredId } from '../../src/pipeline/schemas.ts';
import { writeEntityApi } from '../../src/pipeline/write-entity-api.ts';

const entity = (id: string, sentence = `${id} was named.`): EntityPageData => ({
  id,
  name: id.toUpperCase(),
  type: 'organization',
  aliases: [`${id} Inc.`],
  description: `${id} makes things.`,
  descriptionSource: { article: 'first', paragraph: 'p2' },
  sameAs: [],
  mentions: [{ article: 'first', source: 'first.txt', count: 2 }],
  related: [{ id: 'other', name: 'Other', count: 1 }],
  contexts: [{ article: 'first', source: 'first.txt', paragraph: 'p2', lang: 'en', dir: 'ltr', sentence }],
});

/** The same values with every object's keys in reverse order, as another part of the pipeline might build them. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('entityApiBody', () => {
  test('lists the record, its neighbours, its URL under the base and its sentences, in the API order', () => {
    const acme = entity('acme corp');
    const body = entityApiBody(reversedKeys({ ...acme, mentioned: { articles: 1, times: 2 } }), reversedKeys(acme.contexts), '/casebook/');
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        id: 'acme corp',
        name: 'ACME CORP',
        type: 'organization',
        aliases: ['acme corp Inc.'],
        description: 'acme corp makes things.',
        descriptionSource: { article: 'first', paragraph: 'p2' },
        sameAs: [],
        mentions: [{ article: 'first', source: 'first.txt', count: 2 }],
        related: [{ id: 'other', name: 'Other', count: 1 }],
        url: '/casebook/entities/acme%20corp/',
        contexts: [{ article: 'first', source: 'first.txt', paragraph: 'p2', lang: 'en', dir: 'ltr', sentence: 'acme corp was named.' }],
      }),
    );
  });

  test('keeps a missing description source as null', () => {
    expect(entityApiBody({ ...entity('acme'), description: null, descriptionSource: null }, [], '/')).toMatchObject({ description: null, descriptionSource: null, contexts: [] });
  });
});

describe('retiredApiBody', () => {
  test('points a merged id at the page of the entity it went to, and a gone one at nothing', () => {
    expect(JSON.stringify(retiredApiBody({ redirectTo: 'acme', name: 'Acme Co', id: 'acme-co' }, '/x/'))).toBe(
      '{"id":"acme-co","name":"Acme Co","retired":true,"redirectTo":"acme","url":"/x/entities/acme/"}',
    );
    expect(retiredApiBody({ id: 'gone', name: 'Gone', redirectTo: null }, '/')).toEqual({ id: 'gone', name: 'Gone', retired: true, redirectTo: null, url: null });
  });
});

describe('entityApiFile', () => {
  test('names a file in api/entities/ for any id the pipeline makes, and refuses one that would leave the folder', () => {
    expect(entityApiFile('acme-2')).toBe('api/entities/acme-2.json');
    expect(entityApiFile('مايكروسوفت')).toBe('api/entities/مايكروسوفت.json');
    for (const id of ['../../escape', 'a/b', 'a\\b', '..', '.', '', 'nul\0']) expect(() => entityApiFile(id), id).toThrow(/cannot name a file/);
  });
});

describe('writeEntityApi', () => {
  const retired: RetiredId[] = [
    { id: 'acme-co', name: 'Acme Co', redirectTo: 'acme' },
    // Taken back by a current entity: its file is the entity's.
    { id: 'globex', name: 'Globex', redirectTo: null },
  ];

  async function folders(): Promise<{ outDir: string; cacheDir: string }> {
    const work = await mkdtemp(join(tmpdir(), 'casebook-entity-api-'));
    return { outDir: join(work, 'dist'), cacheDir: join(work, 'cache') };
  }

  const read = (outDir: string, id: string) => readFile(join(outDir, 'api/entities', `${id}.json`), 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>);

  test('writes every entity and every retired id no entity took back, indented, and returns their files', async () => {
    const { outDir } = await folders();
    const paths = await writeEntityApi(outDir, '/', [entity('acme'), entity('globex')], retired, undefined);
    expect((await readdir(join(outDir, 'api/entities'))).sort()).toEqual(['acme-co.json', 'acme.json', 'globex.json']);
    expect(paths.sort()).toEqual([...['acme-co', 'acme', 'globex'].map((id) => join(outDir, 'api/entities', `${id}.json`)), join(outDir, 'api/entities.json')].sort());
    expect(await read(outDir, 'globex')).toMatchObject({ id: 'globex', name: 'GLOBEX', url: '/entities/globex/' });
    expect(await read(outDir, 'acme-co')).toMatchObject({ retired: true, url: '/entities/acme/' });
    expect(await readFile(join(outDir, 'api/entities/acme.json'), 'utf8')).toMatch(/^\{\n {2}"id": "acme",\n/);
  });

  test('writes the list of entities, and once it is made the dossier, as the schema orders it', async () => {
    const { outDir } = await folders();
    await writeEntityApi(outDir, '/docs/', [entity('acme'), entity('globex')], retired, undefined);
    const list = JSON.parse(await readFile(join(outDir, 'api/entities.json'), 'utf8')) as { entities: Array<Record<string, unknown>> };
    expect(list.entities.map((e) => e['id'])).toEqual(['acme', 'globex']);
    expect(Object.keys(list.entities[0]!)).toEqual(['id', 'name', 'type', 'aliases', 'description', 'descriptionSource', 'sameAs', 'mentions', 'url']);
    expect(list.entities[1]).toMatchObject({ name: 'GLOBEX', url: '/docs/entities/globex/' });
    await expect(readFile(join(outDir, 'api/dossier.json'), 'utf8')).rejects.toThrow(/ENOENT/);

    // Fields in another order than the schema's, and one it does not know: the file has the schema's, in its order.
    const source = { article: 'a', source: 'a.txt', text: 'Acme said so.', paragraph: 'p1' };
    const made = { outlets: [], discrepancies: [], claims: [{ text: 'Acme said so.', id: 'c1', sources: [source], entities: ['acme'] }], timeline: [], quotes: [], figures: [], summary: [source], draft: true };
    const paths = await writeEntityApi(outDir, '/docs/', [entity('acme')], [], made as unknown as Dossier);
    expect(paths).toContain(join(outDir, 'api/dossier.json'));
    const text = await readFile(join(outDir, 'api/dossier.json'), 'utf8');
    expect(text).toBe(apiJsonText(dossierSchema.parse(made)));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['summary', 'figures', 'quotes', 'timeline', 'claims', 'discrepancies', 'outlets']);
    expect(text).toMatch(/"id": "c1",\n\s+"text": "Acme said so."/);
  });

  test('stops at a retired id from a hand-edited lock that would name a file outside the folder, writing nothing there', async () => {
    const { outDir } = await folders();
    await expect(writeEntityApi(outDir, '/', [entity('acme')], [{ id: '../../escape', name: 'Escape', redirectTo: null }], undefined)).rejects.toThrow(/"\.\.\/\.\.\/escape" cannot name a file/);
    await expect(readFile(join(outDir, 'escape.json'), 'utf8')).rejects.toThrow();
  });

  test('into a kept folder, rewrites only the files whose text changed or that are missing', async () => {
    const { outDir, cacheDir } = await folders();
    const first = await openStore<string>(cacheDir, 'api', 'v1');
    await writeEntityApi(outDir, '/', [entity('acme'), entity('globex'), entity('initech')], [], undefined, first);
    const file = (id: string) => join(outDir, 'api/entities', `${id}.json`);
    // Marks left in the files show which ones the next build writes again.
    for (const id of ['acme', 'globex', 'initech']) await writeFile(file(id), `mark ${id}`);
    await rm(file('initech'));

    const second = await openStore<string>(cacheDir, 'api', 'v1');
    const paths = await writeEntityApi(outDir, '/', [entity('acme'), entity('globex', 'Globex said something new.'), entity('initech')], [], undefined, second, true);
    expect(await readFile(file('acme'), 'utf8')).toBe('mark acme');
    expect(await read(outDir, 'globex')).toMatchObject({ contexts: [{ sentence: 'Globex said something new.' }] });
    expect(await read(outDir, 'initech')).toMatchObject({ id: 'initech' });
    // The unchanged file is still the build's, for the output folder's pruning.
    expect(paths).toContain(file('acme'));
  });

  test('keyed by the digests of their sentences, rewrites only the files whose entity or sentences changed', async () => {
    const { outDir, cacheDir } = await folders();
    const write = async (list: EntityPageData[], kept: boolean) => {
      const digests = contextsDigests(list);
      return writeEntityApi(outDir, '/', list, [], undefined, await openStore<string>(cacheDir, 'api', 'v1'), kept, digests);
    };
    await write([entity('acme'), entity('globex'), entity('initech')], false);
    const file = (id: string) => join(outDir, 'api/entities', `${id}.json`);
    for (const id of ['acme', 'globex', 'initech']) await writeFile(file(id), `mark ${id}`);

    await write([entity('acme'), { ...entity('globex'), name: 'Globex Corporation' }, entity('initech', 'Initech said something new.')], true);
    expect(await readFile(file('acme'), 'utf8')).toBe('mark acme');
    expect(await read(outDir, 'globex')).toMatchObject({ name: 'Globex Corporation' });
    expect(await read(outDir, 'initech')).toMatchObject({ contexts: [{ sentence: 'Initech said something new.' }] });
    // What it wrote is what the text's own digest would have written.
    expect(await readFile(file('initech'), 'utf8')).toBe(apiJsonText(entityApiBody(entity('initech', 'Initech said something new.'), entity('initech', 'Initech said something new.').contexts, '/')));
  });

  test('takes the digest it is given for the sentences without making the text: a digest that stays keeps the file', async () => {
    const { outDir, cacheDir } = await folders();
    const write = async (list: EntityPageData[]) =>
      writeEntityApi(outDir, '/', list, [], undefined, await openStore<string>(cacheDir, 'api', 'v1'), true, new Map(list.map((e) => [e.id, 'the same digest'])));
    await write([entity('acme')]);
    await writeFile(join(outDir, 'api/entities/acme.json'), 'mark acme');
    await write([entity('acme', 'Acme said something new.')]);
    expect(await readFile(join(outDir, 'api/entities/acme.json'), 'utf8')).toBe('mark acme');
  });

  test('into a folder that was not kept, writes every file whatever the store says', async () => {
    const { outDir, cacheDir } = await folders();
    await writeEntityApi(outDir, '/', [entity('acme')], [], undefined, await openStore<string>(cacheDir, 'api', 'v1'));
    await writeFile(join(outDir, 'api/entities/acme.json'), 'mark');
    const before = await stat(join(outDir, 'api/entities/acme.json'));
    await writeEntityApi(outDir, '/', [entity('acme')], [], undefined, await openStore<string>(cacheDir, 'api', 'v1'), false);
    expect(await read(outDir, 'acme')).toMatchObject({ id: 'acme' });
    expect((await stat(join(outDir, 'api/entities/acme.json'))).size).not.toBe(before.size);
  });
});
