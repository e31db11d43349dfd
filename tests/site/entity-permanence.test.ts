import { access, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runBuild, type BuildRun } from '../helpers/run-build.ts';

interface ApiEntities {
  entities: Array<{ id: string }>;
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

describe('entity URLs after the corpus changes', () => {
  let first: BuildRun;
  let second: BuildRun;
  let firstIds: string[];
  let secondIds: Set<string>;

  beforeAll(async () => {
    const seeds = await mkdtemp(join(tmpdir(), 'casebook-seeds-'));
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    first = await runBuild(seeds);
    expect(first.code, first.stderr).toBe(0);
    firstIds = (await readJson<ApiEntities>(join(first.outDir, 'api/entities.json'))).entities.map((e) => e.id);

    // Remove two articles and add two about other people; rebuild in the same place, with the lock the first build extended.
    const names = (await readdir(seeds)).sort();
    await rm(join(seeds, names[2]!));
    await rm(join(seeds, names[3]!));
    await writeFile(join(seeds, 'new-a.txt'), 'Harbour strike spreads\n\nDockers led by Ingrid Solberg stopped work in Tromsø on Monday. Ingrid Solberg said the union would not give in. Solberg met Microsoft engineers later.\n');
    await writeFile(join(seeds, 'new-b.txt'), 'The union of Ingrid Solberg met the port board of Tromsø again on Tuesday, and Solberg told reporters that the talks had failed.\n');
    second = await runBuild(seeds, [], first.workDir);
    expect(second.code, second.stderr).toBe(0);
    secondIds = new Set((await readJson<ApiEntities>(join(second.outDir, 'api/entities.json'))).entities.map((e) => e.id));
  });

  test('some entities of the first build have left the corpus, so the test means something', () => {
    expect(firstIds.filter((id) => !secondIds.has(id)).length).toBeGreaterThan(0);
  });

  test('every entity URL of the first build still resolves to a page and a JSON record', async () => {
    for (const id of firstIds) {
      await expect(access(join(second.outDir, 'entities', id, 'index.html')), id).resolves.toBeUndefined();
      await expect(access(join(second.outDir, 'api/entities', `${id}.json`)), id).resolves.toBeUndefined();
    }
  });

  test('a page of an entity that left the corpus says so and is kept out of search engines', async () => {
    const gone = firstIds.find((id) => !secondIds.has(id))!;
    const html = await readFile(join(second.outDir, 'entities', gone, 'index.html'), 'utf8');
    expect(html).toMatch(/no longer appears in any article/);
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(await readJson<{ retired: boolean }>(join(second.outDir, 'api/entities', `${gone}.json`))).toMatchObject({ retired: true });
  });

  test('the lock keeps every id the first build published', async () => {
    const lock = await readJson<{ ids: Record<string, unknown> }>(join(second.contentDir, 'entities.lock.json'));
    for (const id of firstIds) expect(Object.keys(lock.ids)).toContain(id);
  });

  test('new entities of the second build get pages too', () => {
    expect(secondIds.has('ingrid-solberg')).toBe(true);
  });
});
