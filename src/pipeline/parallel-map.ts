// Maps a per-item task over many items on this thread and on worker threads at once. Node's worker_threads is the
// tool; what is written here is only the sharing: the items are cut into chunks that this thread and the workers
// take in turn as each finishes one, so a worker still loading its modules (up to a second) holds nobody up, and
// results are put back in input order. Small inputs stay on this thread, where starting a worker costs more than it
// saves (parallel-tasks.ts says how small, per task).
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { loadTask, minItemsForWorkers, type TaskInput, type TaskName, type TaskOutput, type ToWorker, type FromWorker } from './parallel-tasks.ts';

/** The most workers to start beside this thread. */
const MAX_WORKERS = 3;
/** How many chunks each thread gets on average: enough to even out a late start, few enough to keep messages rare. */
const CHUNKS_PER_THREAD = 8;

/** How many items each thread gets at least, so a chunk is worth a message. */
const MIN_CHUNK = 8;

/** How long this thread works on its share before it looks at the workers' messages, in milliseconds. */
const TURN_MS = 10;

/** How often a map on this thread alone reports progress, in items. */
const PROGRESS_EVERY = 32;

/** How a long map reports: the number of items done so far, of all. */
export type OnProgress = (done: number, total: number) => void;

/** Runs `task` over `items`, in parallel where it pays, with results in the order of `items`. */
export async function mapParallel<N extends TaskName>(
  task: N,
  items: Array<TaskInput<N>>,
  onProgress?: OnProgress,
  workers = defaultWorkers(),
): Promise<Array<TaskOutput<N>>> {
  const ahead = takeStartedAhead(task);
  // Nothing to do loads nothing: the tagger's modules alone take half a second to load.
  if (items.length === 0) {
    endWorkers(ahead);
    return [];
  }
  const work = await loadTask(task);
  // Workers that are loaded already cost only the copying of items: fewer items are then worth sharing.
  const worthSharing = ahead.length > 0 ? items.length >= (workers + 1) * MIN_CHUNK : items.length >= minItemsForWorkers(task);
  if (workers < 1 || !worthSharing) {
    endWorkers(ahead);
    const results = await Promise.all(items.map((item, i) => {
      if (i % PROGRESS_EVERY === 0) onProgress?.(i, items.length);
      return work(item);
    }));
    onProgress?.(items.length, items.length);
    return results;
  }
  const size = Math.max(MIN_CHUNK, Math.ceil(items.length / ((workers + 1) * CHUNKS_PER_THREAD)));
  const chunks = Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  const results: Array<Array<TaskOutput<N>>> = [];
  let next = 0;
  let done = 0;
  const take = (): number => (next < chunks.length ? next++ : -1);
  const finish = (chunk: number, output: Array<TaskOutput<N>>): void => {
    results[chunk] = output;
    done += output.length;
    onProgress?.(done, items.length);
  };
  endWorkers(ahead.splice(workers));
  const pending = Array.from({ length: workers }, (_, i) => inWorker(task, ahead[i] ?? startWorker(task), chunks, take, finish));
  // The workers' messages come in while this thread works, so a worker that finished a chunk gets the next one now,
  // not when this thread is done with its own: a chunk takes this thread up to half a second.
  for (let chunk = take(); chunk >= 0; chunk = take()) finish(chunk, await workThrough(chunks[chunk]!, work));
  await Promise.all(pending);
  return results.flat();
}

/** Works through items on this thread, one after the other, letting other events in every few milliseconds. */
export async function workThrough<I, R>(items: I[], work: (item: I) => R, turnMs = TURN_MS): Promise<Array<Awaited<R>>> {
  const output: Array<Awaited<R>> = [];
  let lastTurn = performance.now();
  for (const item of items) {
    output.push(await work(item));
    if (performance.now() - lastTurn > turnMs) {
      await nextTurn();
      lastTurn = performance.now();
    }
  }
  return output;
}

/**
 * Runs one item of `task` on a worker thread of its own, leaving this thread free for other work meanwhile. Once the
 * item is sent, this thread keeps no reference to it (nor does this function's caller need to), so it can be freed.
 * With `after`, the worker starts and loads its modules now but is given the item only once `after` has settled: work
 * that can wait then takes a core when one is free, not from the work in the way.
 */
export function runBeside<N extends TaskName>(task: N, item: TaskInput<N>, after?: Promise<unknown>): Promise<TaskOutput<N>> {
  // Not an async function on purpose: its frame, and so `item`, would then stay alive until the worker is done.
  let output: TaskOutput<N> | undefined;
  let taken = false;
  const take = (): number => (taken ? -1 : ((taken = true), 0));
  const started = startWorker(task);
  const ready = after ? Promise.all([started.ready, after.catch(() => undefined)]).then(() => undefined) : started.ready;
  return inWorker(task, { worker: started.worker, ready }, [[item]], take, (_, results) => (output = results[0])).then(() => {
    if (output === undefined) throw new Error(`the worker thread of the ${task} task gave no result`);
    return output;
  });
}

/**
 * Runs two items of `task` on one worker thread of its own, started now: `first` once the worker is ready, `second`
 * once it is known, without waiting for the first to finish; settles with the second's output. The worker keeps its
 * modules' state between the two, so the first can prepare what the second will need. If `second` fails, the worker
 * is ended and this fails with it.
 */
export function runBesideInTwo<N extends TaskName>(task: N, first: TaskInput<N>, second: Promise<TaskInput<N>>): Promise<TaskOutput<N>> {
  const { worker, ready } = startWorker(task);
  // Until its second item is known the worker does not keep the process alive: a caller that fails before giving it
  // must not leave the process waiting for it. Once it is known, the worker does, even before it is ready for it.
  worker.unref();
  // Held only until sent: the closures below live as long as the worker, and would keep the items alive otherwise.
  let firstItem: TaskInput<N> | undefined = first;
  let secondItem: Promise<TaskInput<N>> | undefined = second;
  return new Promise<TaskOutput<N>>((resolve, reject) => {
    let done = false;
    const end = (settle: () => void): void => {
      done = true;
      void worker.terminate();
      settle();
    };
    worker.on('message', (message: FromWorker<N>) => {
      if ('results' in message && message.chunk === 1) end(() => resolve(message.results[0]!));
    });
    worker.once('error', (error) => end(() => reject(workerFailed(task, error))));
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`the worker thread of the ${task} task stopped with exit code ${code}`));
    });
    // A second item that fails before the worker is ready ends it at once (and is not left unhandled meanwhile).
    secondItem!.then(
      () => {
        if (!done) worker.ref();
      },
      (error: unknown) => end(() => reject(error)),
    );
    ready
      .then(() => {
        worker.postMessage({ chunk: 0, items: [firstItem!] } satisfies ToWorker<N>);
        firstItem = undefined;
        return secondItem!;
      })
      .then((item) => {
        secondItem = undefined;
        if (!done) worker.postMessage({ chunk: 1, items: [item] } satisfies ToWorker<N>);
      })
      .catch((error: unknown) => end(() => reject(error)));
  });
}

/**
 * Starts the workers of `task`'s next map now, so that they load their modules (half a second for the tagger) while
 * this thread does other work; the next mapParallel of the task takes them, or ends them if it runs on this thread.
 * Until then they do not keep the process alive.
 */
export function startWorkersAhead(task: TaskName, workers = defaultWorkers()): void {
  endWorkers(takeStartedAhead(task));
  const started = Array.from({ length: workers }, () => startWorker(task));
  for (const { worker } of started) worker.unref();
  startedAhead.set(task, started);
}

/** A worker thread of a task and the moment it has loaded the task's modules. */
interface StartedWorker {
  worker: Worker;
  ready: Promise<void>;
}

/** The workers started ahead of each task's next map. */
const startedAhead = new Map<TaskName, StartedWorker[]>();

/** Ends started workers that no map will use. */
function endWorkers(started: StartedWorker[]): void {
  for (const { worker } of started) void worker.terminate();
}

function takeStartedAhead(task: TaskName): StartedWorker[] {
  const started = startedAhead.get(task) ?? [];
  startedAhead.delete(task);
  for (const { worker } of started) worker.ref();
  return started;
}

function defaultWorkers(): number {
  return Math.min(MAX_WORKERS, availableParallelism() - 1);
}

/** Starts a worker thread for `task`; it posts once when its modules are loaded, before it takes any chunk. */
function startWorker(task: TaskName): StartedWorker {
  const worker = new Worker(new URL('./parallel-tasks.ts', import.meta.url), { workerData: { casebookTask: task } });
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', (error) => reject(workerFailed(task, error)));
    worker.once('exit', (code) => reject(new Error(`a worker thread of the ${task} task stopped with exit code ${code} before it was ready`)));
  });
  // Looked at by the map that takes the worker; a worker ended unused must not surface as unhandled.
  ready.catch(() => undefined);
  return { worker, ready };
}

/** Has a started worker take chunks with `take` until none is left, handing each result to `finish`. */
function inWorker<N extends TaskName>(
  task: N,
  { worker, ready }: StartedWorker,
  chunks: Array<Array<TaskInput<N>>>,
  take: () => number,
  finish: (chunk: number, output: Array<TaskOutput<N>>) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopping = false;
    const sendNext = (): void => {
      const chunk = take();
      stopping = chunk < 0;
      if (stopping) void worker.terminate().then(() => resolve());
      else {
        worker.postMessage({ chunk, items: chunks[chunk]! } satisfies ToWorker<N>);
        // The worker has its own copy now: a chunk is handed out once, so this thread's can be freed.
        chunks[chunk] = [];
      }
    };
    worker.on('message', (message: FromWorker<N>) => {
      if (!('results' in message)) return;
      finish(message.chunk, message.results);
      sendNext();
    });
    ready.then(sendNext, reject);
    worker.once('error', (error) => reject(workerFailed(task, error)));
    worker.once('exit', (code) => {
      if (!stopping) reject(new Error(`a worker thread of the ${task} task stopped with exit code ${code}`));
    });
  });
}

/** The error a map, runBeside or runBesideInTwo fails with when a worker thread throws. */
function workerFailed(task: TaskName, error: Error): Error {
  return new Error(`a worker thread failed on the ${task} task: ${error.message}`, { cause: error });
}
