// What the other-script finder found in each paragraph is kept across builds, by the text and a key of the entity list
// and matcher it searched with: a rebuild that knows the same entities searches no paragraph again, one that knows a
// new entity searches them all, and both recognise exactly what a build without the cache does.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { crossScriptTexts } from '../../src/pipeline/link-across-scripts.ts';
import { seedRuns } from '../helpers/seed-runs.ts';

/** The texts the finder searched on this thread (five seeds are recognised on this thread). */
const searched = vi.hoisted(() => [] as string[]);

vi.mock('../../src/pipeline/link-across-scripts.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/link-across-scripts.ts')>();
  return {
    ...actual,
    crossScriptFinder: (...args: Parameters<typeof actual.crossScriptFinder>) => {
      const finder = actual.crossScriptFinder(...args);
      return { key: finder.key, find: (text: string) => (searched.push(text), finder.find(text)) };
    },
  };
});

describe('other-script spellings kept across builds', () => {
  test('are searched again only when the entities or the matcher change, and are what a fresh build finds', async () => {
    const { seeds, registry, cache, run } = await seedRuns('cross-script-');
    searched.length = 0;
    const first = await run('cached', cache);
    const english = first.articles.find((a) => a.lang === 'en')!.source;
    const edit = async (line: string) => writeFile(join(seeds, english), `${await readFile(join(seeds, english), 'utf8')}\n${line}\n`);
    const arabic = new Set(crossScriptTexts(first.articles));
    expect(arabic.size).toBeGreaterThan(0);
    expect(new Set(searched)).toEqual(arabic);

    // A sentence that names nobody: the same entities, so no paragraph is searched again.
    await edit('It said nothing more on that day.');
    searched.length = 0;
    const same = await run('cached', cache);
    expect(searched).toEqual([]);
    expect(same.entities).toEqual((await run('fresh-1')).entities);

    // A new entity in the registry: every paragraph is searched with the new list.
    await writeFile(registry, 'entities:\n  - id: halvorsen-logistics\n    name: Halvorsen Logistics\n    type: organization\n');
    searched.length = 0;
    const renamed = await run('cached', cache);
    expect(new Set(searched)).toEqual(arabic);
    const fresh = await run('fresh-2');
    expect(renamed.entities).toEqual(fresh.entities);
    expect(renamed.articles).toEqual(fresh.articles);
  }, 90_000);
});
