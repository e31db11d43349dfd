// Global setup of the site tests: builds the seeds once; every site test reads the same build.
import type { TestProject } from 'vitest/node';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runBuild } from '../helpers/run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seedsSite: { outDir: string; contentDir: string; stdout: string; stderr: string };
    /** The seeds mixed with every file of tests/fixtures/bad-seeds. */
    badSite: { outDir: string; contentDir: string; stdout: string; stderr: string; seedsDir: string; code: number };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const run = await runBuild(join(ROOT, 'seeds'));
  if (run.code !== 0) throw new Error(`the seeds build failed:\n${run.stdout}\n${run.stderr}`);
  project.provide('seedsSite', { outDir: run.outDir, contentDir: run.contentDir, stdout: run.stdout, stderr: run.stderr });

  const mixed = await mkdtemp(join(tmpdir(), 'casebook-bad-seeds-'));
  await cp(join(ROOT, 'seeds'), mixed, { recursive: true });
  await cp(join(ROOT, 'tests/fixtures/bad-seeds'), mixed, { recursive: true });
  const bad = await runBuild(mixed);
  project.provide('badSite', { outDir: bad.outDir, contentDir: bad.contentDir, stdout: bad.stdout, stderr: bad.stderr, seedsDir: mixed, code: bad.code });
}
