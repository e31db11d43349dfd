// The worker threads that tests start find the pipeline's modules already stripped of their types in Node's compile
// cache (tests/warm-compile-cache.ts), so none of them runs Node's WebAssembly type stripper.
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';

/** Loads `modules` in a fresh worker thread; answers which of Node's own modules about TypeScript it loaded. */
async function typeScriptModulesLoadedBy(modules: string[]): Promise<string[]> {
  const imports = modules.map((url) => `await import(${JSON.stringify(url)});`).join(' ');
  const source = `const { parentPort } = await import('node:worker_threads'); ${imports}
    parentPort.postMessage(process.moduleLoadList.filter((name) => /amaro|typescript/i.test(name)));`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
  try {
    return await new Promise<string[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

test.skipIf(process.env['NODE_DISABLE_COMPILE_CACHE'] !== undefined)(
  "a worker thread loads the dossier's and the tagger's modules without stripping types itself",
  async () => {
    expect(process.env['NODE_COMPILE_CACHE']).toBeTruthy();
    const modules = ['parallel-tasks.ts', 'make-dossier.ts', 'english-tagger.ts'].map((file) => new URL(`../../src/pipeline/${file}`, import.meta.url).href);
    const loaded = await typeScriptModulesLoadedBy(modules);
    // Node's module loader for .ts files is there either way; Amaro, the stripper, only when a file was not cached.
    expect(loaded.filter((name) => name.includes('amaro'))).toEqual([]);
  },
);
