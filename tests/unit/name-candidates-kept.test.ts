// The name candidates of each article's paragraphs are kept across builds: a rebuild after one seed changed looks for
// capitalised runs only in that seed's paragraphs, and recognises exactly the entities a build without the cache does.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { candidateTexts } from '../../src/pipeline/discover-entities.ts';
import { seedRuns } from '../helpers/seed-runs.ts';

/** The texts this thread looked for candidates in (five seeds are ingested and recognised on this thread). */
const searched = vi.hoisted(() => [] as string[]);

vi.mock('../../src/pipeline/find-name-candidates.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/find-name-candidates.ts')>();
  return {
    ...actual,
    findNameCandidates: (text: string, covered: Array<[number, number]>) => {
      searched.push(text);
      return actual.findNameCandidates(text, covered);
    },
  };
});

describe('name candidates kept across builds', () => {
  test('a rebuild looks only in the edited seed’s paragraphs and finds the entities a fresh build finds', async () => {
    const { seeds, cache, run } = await seedRuns('name-candidates-');

    searched.length = 0;
    const first = await run('cached', cache);
    expect(new Set(searched)).toEqual(new Set(first.articles.flatMap(candidateTexts)));

    const [seed] = (await readdir(seeds)).sort();
    const added = 'Marguerite Okonkwo of Halvorsen Logistics said nothing more on Friday.';
    await writeFile(join(seeds, seed!), `${await readFile(join(seeds, seed!), 'utf8')}\n${added}\n`);
    searched.length = 0;
    const rebuilt = await run('cached', cache);
    // Only the edited seed's paragraphs are searched: every other article's candidates come from the cache.
    const edited = rebuilt.articles.find((article) => article.source === seed)!;
    expect(searched).toEqual(candidateTexts(edited));
    expect(searched).toContain(added);
    expect(searched.length).toBeLessThan(new Set(rebuilt.articles.flatMap(candidateTexts)).size / 2);
    const fresh = await run('fresh');
    expect(rebuilt.entities).toEqual(fresh.entities);
    expect(rebuilt.articles).toEqual(fresh.articles);
  }, 60_000);
});
