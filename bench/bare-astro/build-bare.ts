// The baseline build (bench/bare-astro/build.ts loads it): convert → astro build → Pagefind, one line per stage.
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { convertSeeds } from './convert.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

async function timeStage<T>(stage: string, work: () => Promise<T>, summarise: (value: T) => string): Promise<T> {
  const started = performance.now();
  const value = await work();
  console.log(`${stage.padEnd(10)} ${summarise(value)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return value;
}

/** Pagefind through its Node API, as Casebook does (one index, forced to one language like Casebook's). */
async function indexSite(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seeds: { type: 'string' }, work: { type: 'string' } } });
  if (!values.seeds || !values.work) throw new Error('usage: build.ts --seeds DIR --work DIR');
  const work = resolve(values.work);
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  const started = performance.now();
  const seedsDir = resolve(values.seeds);
  const count = await timeStage('convert', () => convertSeeds(seedsDir, contentDir), (n) => `${n} MDX files`);
  Object.assign(process.env, { BENCH_BARE_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' });
  await timeStage('astro', () => build({ root: ROOT, outDir, cacheDir: join(work, '.astro-cache'), logLevel: 'warn' }), () => `site written to ${outDir}`);
  await timeStage('pagefind', () => indexSite(outDir), (pages) => `${pages} pages indexed`);
  console.log(`done       ${count} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`bare-astro: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
