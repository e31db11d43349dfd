// Maps a per-item task over many items on this thread and on worker threads at once. Node's worker_threads is the
// tool; what is written here is only the split: contiguous shares in order, this thread taking the first, so results
// come back in input order. Small inputs stay on this thread, where starting a worker would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runTask, type TaskInput, type TaskName, type TaskOutput, type WorkerJob, type WorkerMessage } from './parallel-tasks.ts';

/** Below this many items a worker's start-up (loading the pipeline's modules) costs more than it saves. */
export const MIN_ITEMS_FOR_WORKERS = 64;
/** The most workers to start beside this thread. */
const MAX_WORKERS = 3;

/** How a long map reports: the number of items done so far, of all. */
export type OnProgress = (done: number, total: number) => void;

/**
 * Runs `task` over `items`, in parallel where it pays, with results in the order of `items`. Progress from the
 * workers arrives while this thread waits for them, so it reaches `onProgress` in bursts.
 */
export async function mapParallel<N extends TaskName>(
  task: N,
  items: Array<TaskInput<N>>,
  onProgress?: OnProgress,
  workers = defaultWorkers(),
): Promise<Array<TaskOutput<N>>> {
  if (workers < 1 || items.length < MIN_ITEMS_FOR_WORKERS) {
    const results = runTask(task, items, (done) => onProgress?.(done, items.length));
    onProgress?.(items.length, items.length);
    return results;
  }
  const shares = workers + 1;
  const size = Math.ceil(items.length / shares);
  const parts = Array.from({ length: shares }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((part) => part.length > 0);
  const [own = [], ...others] = parts;
  const done = parts.map(() => 0);
  const report = (part: number, count: number): void => {
    done[part] = count;
    onProgress?.(done.reduce((a, b) => a + b, 0), items.length);
  };
  const pending = others.map((part, i) => inWorker(task, part, (count) => report(i + 1, count)));
  // This thread works on its share while the workers work on theirs.
  const mine = runTask(task, own, (count) => report(0, count));
  const results = [mine, ...(await Promise.all(pending))].flat();
  onProgress?.(items.length, items.length);
  return results;
}

function defaultWorkers(): number {
  return Math.min(MAX_WORKERS, availableParallelism() - 1);
}

function inWorker<N extends TaskName>(task: N, items: Array<TaskInput<N>>, onDone: (done: number) => void): Promise<Array<TaskOutput<N>>> {
  const job: WorkerJob<N> = { task, items };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parallel-tasks.ts', import.meta.url), { workerData: { casebookTask: job } });
    worker.on('message', (message: WorkerMessage<N>) => {
      if ('results' in message) resolve(message.results);
      else onDone(message.done);
    });
    worker.once('error', (error) => reject(new Error(`a worker thread failed on the ${task} task: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a worker thread of the ${task} task stopped with exit code ${code}`));
    });
  });
}
