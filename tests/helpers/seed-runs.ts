// Pipeline runs over a copy of the seeds, for tests that edit seeds between builds with and without the build cache.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type PipelineResult } from '../../src/pipeline/run-pipeline.ts';

/** A work folder holding a copy of the seeds, the registry's place (no file until a test writes one) and the cache's. */
export interface SeedRuns {
  dir: string;
  seeds: string;
  registry: string;
  cache: string;
  /** Runs the pipeline into the content folder `name`, with the build cache when `cacheDir` is given. */
  run: (name: string, cacheDir?: string) => Promise<PipelineResult>;
}

/** A new work folder (named from `prefix`) with a copy of the project's seeds. */
export async function seedRuns(prefix: string): Promise<SeedRuns> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const seeds = join(dir, 'seeds');
  await cp(join(import.meta.dirname, '../../seeds'), seeds, { recursive: true });
  const registry = join(dir, 'entities.yaml');
  const run = (name: string, cacheDir?: string): Promise<PipelineResult> =>
    runPipeline({ seedsDir: seeds, contentDir: join(dir, name), registryPath: registry, lockPath: join(dir, `${name}.lock.json`), ...(cacheDir ? { cacheDir } : {}) });
  return { dir, seeds, registry, cache: join(dir, 'cache'), run };
}
