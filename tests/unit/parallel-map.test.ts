// Per-item tasks on worker threads: the same results, in the same order, as on one thread.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mapParallel } from '../../src/pipeline/parallel-map.ts';
import { loadTask, minItemsForWorkers } from '../../src/pipeline/parallel-tasks.ts';

const MIN_ITEMS_FOR_WORKERS = minItemsForWorkers('ingest');
import type { SeedFile } from '../../src/pipeline/read-seeds.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** More seed files than one thread is given, each with a name of its own so the order shows. */
async function manySeeds(): Promise<SeedFile[]> {
  const files = (await readdir(SEEDS)).sort();
  const bytes = await Promise.all(files.map((f) => readFile(join(SEEDS, f))));
  return Array.from({ length: MIN_ITEMS_FOR_WORKERS * 2 + 3 }, (_, i) => ({ file: `${String(i).padStart(3, '0')}-${files[i % files.length]}`, bytes: new Uint8Array(bytes[i % bytes.length]!) }));
}

describe('mapParallel', () => {
  test('ingests on two workers and this thread exactly what one thread ingests, in input order', async () => {
    const seeds = await manySeeds();
    const parallel = await mapParallel('ingest', seeds, undefined, 2);
    expect(parallel).toEqual(seeds.map(await loadTask('ingest')));
    expect(parallel.map((r) => (r.ok ? r.article.source : null))).toEqual(seeds.map((s) => s.file));
  });

  test('reports progress that only grows and ends at the total', async () => {
    const seeds = await manySeeds();
    const seen: number[] = [];
    await mapParallel('ingest', seeds, (done, total) => {
      expect(total).toBe(seeds.length);
      seen.push(done);
    }, 1);
    expect(seen.at(-1)).toBe(seeds.length);
    expect(seen.every((n, i) => n >= (seen[i - 1] ?? 0) && n <= seeds.length)).toBe(true);
  });
});
