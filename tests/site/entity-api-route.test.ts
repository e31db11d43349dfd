// A build writes /api/entities/<id>.json, /api/entities.json and /api/dossier.json itself beside Astro
// (write-entity-api.ts); Astro's routes for those files are what the dev server and a bare `astro build` answer with.
// Here Astro builds the sub-path site's content on its own, with the routes making every file, plus two retired ids
// added to the content: each file must be the build's, byte for byte, and the retired ones must say where they went.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ASTRO_ENV_NAMES } from '../../scripts/astro-beside.ts';
import { acquireBuildLock } from '../../scripts/build-lock.ts';
import { ENTITY_API_WRITTEN } from '../../src/pipeline/entity-api.ts';
import { ROOT } from '../helpers/run-build.ts';

const site = inject('subpathSite');
let routeOut = '';
let firstId = '';

/** Runs Astro's own command line on `contentDir` into `outDir`, holding the checkout's build lock as builds do. */
async function astroBuild(contentDir: string, outDir: string): Promise<void> {
  const lock = await acquireBuildLock(join(ROOT, '.astro/casebook-build.lock'));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, CASEBOOK_CONTENT: contentDir, CASEBOOK_OUT: outDir, CASEBOOK_BASE: site.base, ASTRO_TELEMETRY_DISABLED: '1' };
    // Neither the build's word that it writes the files itself nor the names the test runner sets for Vite, which
    // Astro would take for its own (BASE_URL among them).
    for (const name of [ENTITY_API_WRITTEN, ...ASTRO_ENV_NAMES]) delete env[name];
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, env });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', fail);
      child.on('close', (exit) => done({ code: exit, output }));
    });
    if (code !== 0) throw new Error(`astro build failed:\n${output}`);
  } finally {
    await lock.release();
  }
}

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'casebook-entity-api-route-'));
  const contentDir = join(work, 'content');
  await cp(site.contentDir, contentDir, { recursive: true, filter: (src) => !/[/\\]\.(astro|casebook)-cache$/.test(src) });
  const entities = JSON.parse(await readFile(join(contentDir, 'data/entities.json'), 'utf8')) as { id: string }[];
  firstId = entities[0]!.id;
  const retired = JSON.parse(await readFile(join(contentDir, 'data/retired.json'), 'utf8')) as { all: { ids: unknown[] } };
  retired.all.ids.push({ id: 'merged-away', name: 'Merged Away', redirectTo: firstId }, { id: 'gone-for-good', name: 'Gone For Good', redirectTo: null });
  await writeFile(join(contentDir, 'data/retired.json'), JSON.stringify(retired));
  routeOut = join(work, 'dist');
  await astroBuild(contentDir, routeOut);
}, 300_000);

describe("Astro's route for /api/entities/<id>.json", () => {
  test("makes, for every entity, exactly the file the build wrote", async () => {
    const built = (await readdir(join(site.outDir, 'api/entities'))).sort();
    expect(built.length).toBeGreaterThan(10);
    const routed = (await readdir(join(routeOut, 'api/entities'))).filter((f) => !['merged-away.json', 'gone-for-good.json'].includes(f)).sort();
    expect(routed).toEqual(built);
    for (const file of built) {
      expect(await readFile(join(routeOut, 'api/entities', file), 'utf8'), file).toBe(await readFile(join(site.outDir, 'api/entities', file), 'utf8'));
    }
  });

  test('and the routes of /api/entities.json and /api/dossier.json make exactly the lists the build wrote', async () => {
    for (const file of ['api/entities.json', 'api/dossier.json']) {
      const built = await readFile(join(site.outDir, file), 'utf8');
      expect(built.length).toBeGreaterThan(100);
      expect(await readFile(join(routeOut, file), 'utf8'), file).toBe(built);
    }
  });

  test('says where a retired id went, under the base', async () => {
    const read = async (id: string) => JSON.parse(await readFile(join(routeOut, 'api/entities', `${id}.json`), 'utf8')) as unknown;
    expect(await read('merged-away')).toEqual({ id: 'merged-away', name: 'Merged Away', retired: true, redirectTo: firstId, url: `${site.base}entities/${firstId}/` });
    expect(await read('gone-for-good')).toEqual({ id: 'gone-for-good', name: 'Gone For Good', retired: true, redirectTo: null, url: null });
  });
});
