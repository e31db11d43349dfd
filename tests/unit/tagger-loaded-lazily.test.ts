// The English tagger (compromise) takes about half a second to load, so the pipeline loads it only when a name must be
// read: a rebuild whose names were all read before finds every reading and first-name answer in the build cache and
// never loads it on the pipeline's thread (tagger workers start only for many new seeds). Checked in Node processes of
// their own, which start with no module loaded, as a build does.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const pipeline = join(import.meta.dirname, '../../src/pipeline/run-pipeline.ts');

/** Runs the pipeline over `seeds` with the cache in `dir`, in a new process; gives the compromise modules its thread loaded and its entities. */
async function runInProcess(dir: string, seeds: string): Promise<{ loaded: string[]; entities: string[] }> {
  const script = `
import { registerHooks } from 'node:module';
const loaded = [];
registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    if (resolved.url.includes('/node_modules/compromise/')) loaded.push(specifier);
    return resolved;
  },
});
const { runPipeline } = await import(${JSON.stringify(pipeline)});
const dir = ${JSON.stringify(dir)};
const result = await runPipeline({
  seedsDir: ${JSON.stringify(seeds)}, contentDir: dir + '/content', registryPath: dir + '/none.yaml',
  lockPath: dir + '/lock.json', cacheDir: dir + '/cache',
});
console.log(JSON.stringify({ loaded, entities: result.entities.map((e) => e.id + ' ' + e.type) }));
`;
  const file = join(dir, 'run.mjs');
  await writeFile(file, script);
  const output = execFileSync(process.execPath, [file], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1)!) as { loaded: string[]; entities: string[] };
}

test('a rebuild with no new name to read does not load the tagger; one with a new name does', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tagger-lazily-'));
  const seeds = join(dir, 'seeds');
  await cp(join(import.meta.dirname, '../../seeds'), seeds, { recursive: true });
  const first = await runInProcess(dir, seeds);
  expect(first.loaded.length).toBeGreaterThan(0);

  // A paragraph the seed already has, written again: its names and sentences were all read by the first build.
  const [seed] = (await readdir(seeds)).sort();
  const path = join(seeds, seed!);
  const text = await readFile(path, 'utf8');
  const paragraph = text.split(/\n\s*\n/).find((p) => p.length > 200 && /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(p))!;
  await writeFile(path, `${text}\n\n${paragraph}\n`);
  const again = await runInProcess(dir, seeds);
  expect(again.loaded).toEqual([]);
  // And it recognises what a build of the same seeds without a cache does.
  const fresh = await runInProcess(await mkdtemp(join(tmpdir(), 'tagger-fresh-')), seeds);
  expect(again.entities).toEqual(fresh.entities);

  // A new person in a new sentence: the tagger reads the name, so it is loaded.
  await writeFile(path, `${text}\n\nMarguerite Okonkwo of Halvorsen Logistics said nothing more on Friday.\n`);
  const withNewName = await runInProcess(dir, seeds);
  expect(withNewName.loaded.length).toBeGreaterThan(0);
}, 120_000);
