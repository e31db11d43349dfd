// A full garbage collection of this thread, asked for by the build once the pipeline is done. From then on this thread
// only waits while Astro works on a thread of its own, and V8 collects a heap only when it allocates: the pipeline's
// dead articles and tables (about 250 MB at 3,000 articles) would stay in memory beside Astro's heap for the whole
// build. Node offers no call for it without the --expose-gc flag, so the flag is set at run time and the function
// taken from a new context, as jest's leak detector does.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collects this thread's garbage now. */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc === 'function') gc();
}
