// Global setup of the site tests: builds the seeds once; every site test reads the same build.
import type { TestProject } from 'vitest/node';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFuzzSeeds, type FuzzSeed } from '../helpers/fuzz-seeds.ts';
import { ROOT, runBuild } from '../helpers/run-build.ts';

/** The fast-check seed of the fuzz seeds; change it, or set CASEBOOK_FUZZ_SEED, to draw other samples. */
const FUZZ_SEED = Number(process.env['CASEBOOK_FUZZ_SEED'] ?? 20261127);
const FUZZ_COUNT = 24;

declare module 'vitest' {
  export interface ProvidedContext {
    seedsSite: { outDir: string; contentDir: string; stdout: string; stderr: string };
    /** The seeds mixed with every file of tests/fixtures/bad-seeds. */
    badSite: { outDir: string; contentDir: string; stdout: string; stderr: string; seedsDir: string; code: number; fuzz: FuzzSeed[]; fuzzSeed: number };
    /** tests/fixtures/corpus-b, an unseen story in five languages, built with no registry and a lock of its own. */
    corpusB: { outDir: string; contentDir: string; stdout: string; stderr: string };
    /** The seeds built with `--base /casebook/`, as for a deployment under a sub-path, with BASE_URL=/elsewhere/ set. */
    subpathSite: { outDir: string; contentDir: string; base: string; stdout: string; stderr: string };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const run = await runBuild(join(ROOT, 'seeds'));
  if (run.code !== 0) throw new Error(`the seeds build failed:\n${run.stdout}\n${run.stderr}`);
  project.provide('seedsSite', { outDir: run.outDir, contentDir: run.contentDir, stdout: run.stdout, stderr: run.stderr });

  const mixed = await mkdtemp(join(tmpdir(), 'casebook-bad-seeds-'));
  await cp(join(ROOT, 'seeds'), mixed, { recursive: true });
  await cp(join(ROOT, 'tests/fixtures/bad-seeds'), mixed, { recursive: true });
  const fuzz = await writeFuzzSeeds(mixed, FUZZ_COUNT, FUZZ_SEED);
  const bad = await runBuild(mixed);
  project.provide('badSite', { outDir: bad.outDir, contentDir: bad.contentDir, stdout: bad.stdout, stderr: bad.stderr, seedsDir: mixed, code: bad.code, fuzz, fuzzSeed: FUZZ_SEED });

  // The articles of corpus-b without its gold.json; no curated registry (a missing file is an empty registry) and a
  // fresh lock, so nothing of the seed story leaks in.
  const corpusBWork = await mkdtemp(join(tmpdir(), 'casebook-corpus-b-'));
  const corpusBSeeds = join(corpusBWork, 'seeds');
  await cp(join(ROOT, 'tests/fixtures/corpus-b'), corpusBSeeds, { recursive: true, filter: (src) => !src.endsWith('.json') });
  const corpusB = await runBuild(corpusBSeeds, [
    '--registry',
    join(corpusBWork, 'no-registry.yaml'),
    '--lock',
    join(corpusBWork, 'entities.lock.json'),
  ]);
  if (corpusB.code !== 0) throw new Error(`the corpus-b build failed:\n${corpusB.stdout}\n${corpusB.stderr}`);
  project.provide('corpusB', { outDir: corpusB.outDir, contentDir: corpusB.contentDir, stdout: corpusB.stdout, stderr: corpusB.stderr });

  const base = '/casebook/';
  // With a BASE_URL of some other tool in the environment, which Astro would otherwise take for its base.
  const subpath = await runBuild(join(ROOT, 'seeds'), ['--base', base], undefined, { BASE_URL: '/elsewhere/' });
  if (subpath.code !== 0) throw new Error(`the sub-path build failed:\n${subpath.stdout}\n${subpath.stderr}`);
  project.provide('subpathSite', { outDir: subpath.outDir, contentDir: subpath.contentDir, base, stdout: subpath.stdout, stderr: subpath.stderr });
}
