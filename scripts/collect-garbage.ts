// A full garbage collection of this thread, asked for by the build once the pipeline is done. From then on this thread
// only waits while Astro works on a thread of its own, and V8 collects a heap only when it allocates: the pipeline's
// dead articles and tables (about 250 MB at 3,000 articles) would stay in memory beside Astro's heap for the whole
// build. Node offers no call for it without the --expose-gc flag, so the flag is set at run time and the function
// taken from a new context, as jest's leak detector does.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Collects this thread's garbage now. `thorough` also gives the freed memory back to the system: a plain collection
 * frees the dead objects, but a page that still holds one live object stays, and the objects that outlive the pipeline
 * (counts, memo tables) sit on most of its pages; V8's "last resort" collection, which collects again until nothing
 * more is freed and moves the live objects together, releases the pages. After a cold build's pipeline at 3,000
 * articles the main thread then held about 110 MB of heap while Astro rendered, instead of 200-330. It costs about
 * 0.4 CPU-s more, which a rebuild after an edit does without: Astro renders few pages then, and the build's peak
 * (1.5 GiB instead of 1.3 at 3,000 articles) stays far from where a cold build's is.
 */
export function collectGarbage(thorough: boolean): void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc === 'function') gc(thorough ? { type: 'major', execution: 'sync', flavor: 'last-resort' } : { type: 'major', execution: 'sync' });
}
