// Astro's build on a worker thread of its own, started when the build starts. Loading Astro, its configuration and the
// content configuration takes about 3 s of one core, which the pipeline leaves partly idle; Astro then waits in its
// loaders until the pipeline's content is written (site/wait-for-content.ts). Node's worker_threads is the tool: the
// worker runs Astro whole (astro-worker.ts), and this thread learns only which pages it wrote, or why it failed.
import { Worker } from 'node:worker_threads';

/**
 * What Astro itself sets in import.meta.env. Astro hands pages every variable of the environment there, over its own
 * values, so the same names in the environment must go before Astro starts.
 */
export const ASTRO_ENV_NAMES = ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'] as const;

/** What Astro is told; anything else it reads from the CASEBOOK_* variables, through astro.config.mjs. */
export interface AstroRun {
  root: string;
  outDir: string;
  base: string;
  site: string;
}

/**
 * Starts Astro's build on a worker thread and settles with the file of every page it wrote or kept, once the site is
 * written. The CASEBOOK_* variables must be set before, as the worker takes a copy of the environment.
 */
export function startAstro(run: AstroRun): Promise<string[]> {
  const worker = new Worker(new URL('./astro-worker.ts', import.meta.url), { workerData: run });
  return new Promise<string[]>((resolve, reject) => {
    // The worker posts the pages once Astro's build has returned; a handle Astro left open must not keep it running.
    worker.on('message', (files: string[]) => {
      resolve(files);
      void worker.terminate();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`Astro stopped (exit code ${code}) before the site was written`)));
  });
}
