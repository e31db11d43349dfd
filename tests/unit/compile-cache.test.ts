// The build turns on Node's compile cache before its modules load, for its own thread and for the workers it starts.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-build.ts';

/** Runs node with `args` in the project, with TMPDIR at `tmp` (where Node keeps the cache by default) and no cache set. */
function runNode(args: string[], tmp: string): Promise<{ stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
  delete env['NODE_COMPILE_CACHE'];
  delete env['NODE_DISABLE_COMPILE_CACHE'];
  return promisify(execFile)(process.execPath, args, { cwd: ROOT, env });
}

describe('compile cache', () => {
  it('keeps the compiled modules of `npm run build` in the default cache folder', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'casebook-compile-cache-'));
    const run = await runNode(['scripts/build.ts', '--help'], tmp);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Usage: npm run build');
    // Node keeps one folder per version and one file per module compiled through the cache.
    const [version] = await readdir(join(tmp, 'node-compile-cache'));
    expect(version).toBeDefined();
    expect((await readdir(join(tmp, 'node-compile-cache', version!))).length).toBeGreaterThan(10);
  });

  it('hands the cache to worker threads started afterwards', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'casebook-compile-cache-'));
    const helper = pathToFileURL(join(ROOT, 'scripts/compile-cache.ts')).href;
    const script = `
      import { getCompileCacheDir } from 'node:module';
      import { Worker } from 'node:worker_threads';
      const { cacheCompiledModules } = await import(${JSON.stringify(helper)});
      const folder = cacheCompiledModules();
      const here = getCompileCacheDir() ?? null;
      const worker = new Worker("require('node:worker_threads').parentPort.postMessage(require('node:module').getCompileCacheDir() ?? null)", { eval: true, execArgv: [] });
      worker.once('message', (there) => { console.log(JSON.stringify({ folder, here, there })); worker.terminate(); });
    `;
    const run = await runNode(['--input-type=module', '-e', script], tmp);
    expect(run.stderr).toBe('');
    const { folder, here, there } = JSON.parse(run.stdout) as { folder: string; here: string | null; there: string | null };
    expect(folder).toBe(join(tmp, 'node-compile-cache'));
    // Node keeps each version's modules in a folder of its own below the one it is given.
    expect(here?.startsWith(folder)).toBe(true);
    expect(there).toBe(here);
  });
});
