// Global setup of both test projects: Node's compile cache on for the test processes and every worker thread their
// tests start, filled with the worker tasks' modules before any test runs. Without it each worker thread strips the
// pipeline's TypeScript itself with Node's WebAssembly build of SWC (Amaro); a test process that ended with SIGSEGV
// while its tests started and ended such workers is the one crash the suite has seen, and a V8 crash in concurrent
// WebAssembly use by several threads of one process is what others found under the same conditions. A thread that
// finds a module's stripped code in the cache never loads Amaro (tests/unit/worker-modules.test.ts checks it).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cacheCompiledModules } from '../scripts/compile-cache.ts';

/** What the worker tasks load (src/pipeline/parallel-tasks.ts), imported once by a process of its own. */
const WORKER_MODULES = ['parallel-tasks.ts', 'ingest.ts', 'english-tagger.ts', 'make-dossier.ts'].map((file) =>
  new URL(`../src/pipeline/${file}`, import.meta.url).href,
);

export default async function setup(): Promise<void> {
  // Sets NODE_COMPILE_CACHE, which the test processes and their workers inherit; left off where Node cannot use it.
  const directory = cacheCompiledModules();
  if (directory === undefined) return;
  // A process of its own strips them, so that no WebAssembly runs beside another thread's; it writes the cache as it
  // exits. A failure only leaves the cache cold: the tests then strip as before.
  const imports = WORKER_MODULES.map((url) => `await import(${JSON.stringify(url)});`).join(' ');
  await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', imports], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, NODE_COMPILE_CACHE: directory },
  }).catch(() => undefined);
}
