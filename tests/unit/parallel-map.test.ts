// Per-item tasks on worker threads: the same results, in the same order, as on one thread.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, test, vi } from 'vitest';
import { mapParallel, runBeside, runBesideInTwo, startWorkersAhead, workThrough } from '../../src/pipeline/parallel-map.ts';
import { loadTask, minItemsForWorkers } from '../../src/pipeline/parallel-tasks.ts';

const MIN_ITEMS_FOR_WORKERS = minItemsForWorkers('ingest');
import type { SeedFile } from '../../src/pipeline/read-seeds.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** Worker threads made, ready (their first message), chunks posted to them, and threads that ended, counted by wrapping Node's Worker. */
const threads = vi.hoisted(() => ({ made: 0, ready: 0, posted: 0, ended: 0 }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      threads.made++;
      this.once('message', () => threads.ready++);
      this.once('exit', () => threads.ended++);
    }
    override postMessage(...args: Parameters<InstanceType<typeof actual.Worker>['postMessage']>): void {
      threads.posted++;
      super.postMessage(...args);
    }
  }
  return { ...actual, Worker: CountedWorker };
});

/** Waits until `done` holds, for at most 20 s: a thread reports that it loaded, or that it exited, a little later. */
async function eventually(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Time enough for tests that wait on threads on a busy machine. */
const THREAD_TEST_MS = 30_000;

/** More seed files than one thread is given, each with a name of its own so the order shows. */
async function manySeeds(count = MIN_ITEMS_FOR_WORKERS * 2 + 3): Promise<SeedFile[]> {
  const files = (await readdir(SEEDS)).sort();
  const bytes = await Promise.all(files.map((f) => readFile(join(SEEDS, f))));
  return Array.from({ length: count }, (_, i) => ({ file: `${String(i).padStart(3, '0')}-${files[i % files.length]}`, bytes: new Uint8Array(bytes[i % bytes.length]!) }));
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

  test('the next map takes the workers started ahead instead of new ones, and shares fewer items with them', async () => {
    // Fewer items than a map would start workers for, enough for a chunk per thread.
    const seeds = await manySeeds(Math.floor(MIN_ITEMS_FOR_WORKERS / 2));
    const before = { ...threads };
    startWorkersAhead('ingest', 2);
    expect(threads.made - before.made).toBe(2);
    // Loaded before the map starts, as when this thread had other work meanwhile.
    await eventually(() => threads.ready - before.ready === 2);
    const parallel = await mapParallel('ingest', seeds, undefined, 2);
    expect(parallel).toEqual(seeds.map(await loadTask('ingest')));
    expect(threads.made - before.made).toBe(2);
    expect(threads.posted - before.posted).toBeGreaterThan(0);
    await eventually(() => threads.ended - before.ended === 2);
    expect(threads.ended - before.ended).toBe(2);
  }, THREAD_TEST_MS);

  test('a map too small to share ends the workers started ahead', async () => {
    const seeds = await manySeeds(3);
    const before = { ...threads };
    startWorkersAhead('ingest', 1);
    expect(await mapParallel('ingest', seeds, undefined, 1)).toEqual(seeds.map(await loadTask('ingest')));
    expect(threads.posted - before.posted).toBe(0);
    await eventually(() => threads.ended - before.ended === 1);
    expect(threads.ended - before.ended).toBe(1);
  }, THREAD_TEST_MS);

  test('workers started ahead that no map takes do not keep the process alive', async () => {
    const script = join(await mkdtemp(join(tmpdir(), 'casebook-ahead-')), 'start-ahead.mjs');
    await writeFile(script, `const m = await import(${JSON.stringify(join(import.meta.dirname, '../../src/pipeline/parallel-map.ts'))});\nm.startWorkersAhead('tagger', 1);\n`);
    // A thread that held the process would run into the timeout, and execFileSync would throw.
    expect(() => execFileSync(process.execPath, [script], { timeout: 20_000, stdio: 'pipe' })).not.toThrow();
  }, THREAD_TEST_MS);

  test("this thread lets other events in while it works through its share, so workers' messages are not kept waiting", async () => {
    let done = 0;
    let doneWhenLetIn = -1;
    setImmediate(() => (doneWhenLetIn = done));
    const items = Array.from({ length: 12 }, (_, i) => i);
    const output = await workThrough(items, (item) => {
      // Five milliseconds of work per item: two turns' worth of ten milliseconds pass in the twelve.
      const until = performance.now() + 5;
      while (performance.now() < until);
      done++;
      return item * 2;
    }, 10);
    expect(output).toEqual(items.map((i) => i * 2));
    expect(doneWhenLetIn).toBeGreaterThan(0);
    expect(doneWhenLetIn).toBeLessThan(items.length);
  });
});

describe('runBesideInTwo', () => {
  test('starts its worker at once, gives it the first item when ready and the second once known, and gives the second output', { timeout: THREAD_TEST_MS }, async () => {
    const [first, second] = await manySeeds(2);
    const secondItem = Promise.withResolvers<SeedFile>();
    const before = { ...threads };
    let settled = false;
    const result = runBesideInTwo('ingest', first!, secondItem.promise).finally(() => (settled = true));
    expect(threads.made - before.made).toBe(1);
    await eventually(() => threads.posted - before.posted === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    secondItem.resolve(second!);
    expect(await result).toEqual((await loadTask('ingest'))(second!));
    expect(threads.posted - before.posted).toBe(2);
    // One thread for both items, ended once done.
    expect(threads.made - before.made).toBe(1);
    await eventually(() => threads.ended - before.ended === 1);
  });

  test('does not keep the process alive while it waits for its second item', { timeout: THREAD_TEST_MS }, async () => {
    const script = join(await mkdtemp(join(tmpdir(), 'casebook-in-two-')), 'in-two.mjs');
    const item = "{ file: 'a.txt', bytes: new TextEncoder().encode('Acme opened a plant.') }";
    await writeFile(script, `const m = await import(${JSON.stringify(join(import.meta.dirname, '../../src/pipeline/parallel-map.ts'))});\nm.runBesideInTwo('ingest', ${item}, new Promise(() => {})).catch(() => {});\n`);
    // A worker that held the process, waiting for an item that never comes, would run into the timeout.
    expect(() => execFileSync(process.execPath, [script], { timeout: 20_000, stdio: 'pipe' })).not.toThrow();
  });

  test('keeps the process alive for a second item known before the worker is ready, until its output comes', { timeout: THREAD_TEST_MS }, async () => {
    const script = join(await mkdtemp(join(tmpdir(), 'casebook-in-two-')), 'in-two-known.mjs');
    const item = "{ file: 'a.txt', bytes: new TextEncoder().encode('Acme opened a plant.') }";
    await writeFile(script, `const m = await import(${JSON.stringify(join(import.meta.dirname, '../../src/pipeline/parallel-map.ts'))});\nconst out = await m.runBesideInTwo('ingest', ${item}, Promise.resolve(${item}));\nconsole.log(JSON.stringify(out.ok));\n`);
    // A process left with nothing but an unreferenced worker to wait for would end before the output, its await unsettled.
    expect(execFileSync(process.execPath, [script], { timeout: 20_000, stdio: 'pipe', encoding: 'utf8' }).trim()).toBe('true');
  });

  test('fails with the second item, and ends its worker, when the second item fails', { timeout: THREAD_TEST_MS }, async () => {
    const [first] = await manySeeds(1);
    const before = { ...threads };
    await expect(runBesideInTwo('ingest', first!, Promise.reject(new Error('the entities stage failed')))).rejects.toThrow('the entities stage failed');
    await eventually(() => threads.ended - before.ended === 1);
  });
});

describe('runBeside', () => {
  test('with `after`, starts the worker at once but gives it the item only once `after` settles', { timeout: THREAD_TEST_MS }, async () => {
    const [seed] = await manySeeds(1);
    const after = Promise.withResolvers<void>();
    const before = { ...threads };
    let settled = false;
    const result = runBeside('ingest', seed!, after.promise).finally(() => (settled = true));
    expect(threads.made - before.made).toBe(1);
    await eventually(() => threads.ready > before.ready);
    expect(threads.ready - before.ready).toBe(1);
    // Loaded, and still without its item.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(threads.posted - before.posted).toBe(0);
    expect(settled).toBe(false);
    after.resolve();
    expect(await result).toEqual((await loadTask('ingest'))(seed!));
    expect(threads.posted - before.posted).toBe(1);
  });

  test('runs the item when `after` fails too', { timeout: THREAD_TEST_MS }, async () => {
    const [seed] = await manySeeds(1);
    expect(await runBeside('ingest', seed!, Promise.reject(new Error('the earlier work failed')))).toEqual((await loadTask('ingest'))(seed!));
  });
});
