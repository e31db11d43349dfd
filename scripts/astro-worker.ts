// The worker thread of astro-beside.ts: runs Astro's build with the options it was given and posts back the pages.
import { build } from 'astro';
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroRun } from './astro-beside.ts';
import { listPages } from './output-folder.ts';

const { root, outDir, base, site } = workerData as AstroRun;
let pages: string[] = [];
await build({
  root, outDir, base, site, logLevel: 'warn',
  // Astro's own emptying is off: the folder is either kept for Astro to leave unchanged pages in, or already cleared.
  vite: { build: { emptyOutDir: false } },
  integrations: [listPages((files) => (pages = files))],
});
parentPort?.postMessage(pages);
