// Runs `scripts/build.ts` in a child process, as `npm run build` would, into folders of the test's choosing.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What a build run printed and how it ended. */
export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
  outDir: string;
  contentDir: string;
  workDir: string;
}

/**
 * Builds `seedsDir` into a temporary folder. A new folder gets copies of the committed registry and lock, which
 * are never touched; passing the `workDir` of an earlier run rebuilds there, with the lock that run extended. `env`
 * adds to the environment the build runs in.
 */
export async function runBuild(seedsDir: string, extraArgs: string[] = [], workDir?: string, env: Record<string, string> = {}): Promise<BuildRun> {
  const work = workDir ?? (await mkdtemp(join(tmpdir(), 'casebook-test-')));
  const outDir = join(work, 'dist');
  const contentDir = join(work, 'content');
  if (!workDir) {
    await mkdir(contentDir, { recursive: true });
    await cp(join(ROOT, 'content'), contentDir, { recursive: true, filter: (src) => !/[/\\](articles|data|\.astro-cache)$/.test(src) });
  }
  const args = ['scripts/build.ts', '--seeds', seedsDir, '--out', outDir, '--content', contentDir, ...extraArgs];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr, outDir, contentDir, workDir: work }));
  });
}
