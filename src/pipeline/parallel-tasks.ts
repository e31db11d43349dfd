// The per-item tasks that run on worker threads, and the worker's entry point: ingesting a seed and serialising an
// article are pure and independent per item, so a second core halves them (parallel-map.ts hands out the items).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { articleToMdx } from './emit-mdx.ts';
import { ingest } from './ingest.ts';
import type { SeedFile } from './read-seeds.ts';
import type { Article } from './types.ts';

/** Each task by name: its input is cloned to the worker and its output cloned back, so both are plain data. */
export const TASKS = {
  ingest: (seed: SeedFile) => ingest(seed.file, seed.bytes),
  mdx: (article: Article) => articleToMdx(article),
};

/** The name of a task, and its input and output types. */
export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;

/** What a worker is started with. */
export interface WorkerJob<N extends TaskName = TaskName> {
  task: N;
  items: Array<TaskInput<N>>;
}

/** What a worker posts: how many items it has done so far, then its results. */
export type WorkerMessage<N extends TaskName = TaskName> = { done: number } | { results: Array<TaskOutput<N>> };

/** How often a worker reports progress, in items. */
const PROGRESS_EVERY = 32;

/** Runs one task over many items on this thread, calling `onDone` now and then with the number done. */
export function runTask<N extends TaskName>(task: N, items: Array<TaskInput<N>>, onDone?: (done: number) => void): Array<TaskOutput<N>> {
  const work = TASKS[task] as (item: TaskInput<N>) => TaskOutput<N>;
  return items.map((item, i) => {
    if (i % PROGRESS_EVERY === 0) onDone?.(i);
    return work(item);
  });
}

if (!isMainThread && parentPort && (workerData as { casebookTask?: WorkerJob } | null)?.casebookTask) {
  const port = parentPort;
  const job = (workerData as { casebookTask: WorkerJob }).casebookTask;
  const results = runTask(job.task, job.items, (done) => port.postMessage({ done } satisfies WorkerMessage));
  port.postMessage({ results } satisfies WorkerMessage);
}
