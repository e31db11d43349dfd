// The per-item tasks that run on worker threads, and the worker's entry point: ingesting a seed and reading a name
// with the tagger are pure and independent per item, so a second core shares them (parallel-map.ts hands out the
// items). Each task loads its own modules, so a worker only pays for what it runs: loading the English tagger alone
// takes about 0.4 s. Serialising an article to MDX is not one: it is cheaper than copying the article to a worker.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { SeedFile } from './read-seeds.ts';

/**
 * Each task by name: a loader of its per-item function, and the fewest items for which starting workers pays. Inputs
 * and outputs are cloned between threads, so plain data. A fresh thread needs about a second before its first tagger
 * reading (compromise builds its lexicon, the JIT warms up): measured, a worker made 2,700 readings slower (1.3 s on
 * one thread, 1.6 s with a worker) and 8,100 faster (4.1-5.7 s against 3.5-3.8 s).
 */
const TASKS = {
  ingest: {
    minItems: 64,
    load: async () => {
      const { ingest } = await import('./ingest.ts');
      return (seed: SeedFile) => ingest(seed.file, seed.bytes);
    },
  },
  tagger: { minItems: 4000, load: async () => (await import('./english-tagger.ts')).readWithTagger },
  // Two steps on one worker (parallel-map.ts runBesideInTwo): its stores opened ahead in a rebuild, then the dossier,
  // made while the main thread writes.
  dossier: { minItems: 1, load: async () => (await import('./make-dossier.ts')).dossierStep },
  // One item, on a worker while the main thread recognises entities: the dossier's figures and dates, into the cache.
  'paragraph-facts': { minItems: 1, load: async () => (await import('./make-dossier.ts')).keepParagraphFacts },
};

/** The name of a task, and its input and output types. */
export type TaskName = keyof typeof TASKS;
type TaskFunction<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]['load']>>;
export type TaskInput<N extends TaskName> = Parameters<TaskFunction<N>>[0];
/** What one item gives, once awaited: the dossier task is asynchronous (it reads and writes the build cache). */
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<TaskFunction<N>>>;

/** Below this many items `task` runs on the calling thread alone. */
export function minItemsForWorkers(task: TaskName): number {
  return TASKS[task].minItems;
}

/** A chunk of items for a worker, by its place among the chunks. */
export interface ToWorker<N extends TaskName = TaskName> {
  chunk: number;
  items: Array<TaskInput<N>>;
}

/** What a worker posts: that it is ready for a first chunk, then each chunk's results, which also ask for the next. */
export type FromWorker<N extends TaskName = TaskName> = { ready: true } | { chunk: number; results: Array<TaskOutput<N>> };

/** The per-item function of `task`, once its modules are loaded. */
export async function loadTask<N extends TaskName>(task: N): Promise<(item: TaskInput<N>) => ReturnType<TaskFunction<N>>> {
  return (await TASKS[task].load()) as (item: TaskInput<N>) => ReturnType<TaskFunction<N>>;
}

if (!isMainThread && parentPort && typeof (workerData as { casebookTask?: unknown } | null)?.casebookTask === 'string') {
  const port = parentPort;
  const work = await loadTask((workerData as { casebookTask: TaskName }).casebookTask);
  port.on('message', async ({ chunk, items }: ToWorker) => {
    port.postMessage({ chunk, results: await Promise.all(items.map((item) => work(item))) } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
