// Global setup of the site tests: builds the seeds once; every site test reads the same build.
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { ROOT, runBuild } from '../helpers/run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seedsSite: { outDir: string; contentDir: string; stdout: string; stderr: string };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const run = await runBuild(join(ROOT, 'seeds'));
  if (run.code !== 0) throw new Error(`the seeds build failed:\n${run.stdout}\n${run.stderr}`);
  project.provide('seedsSite', { outDir: run.outDir, contentDir: run.contentDir, stdout: run.stdout, stderr: run.stderr });
}
