import { mkdir, mkdtemp, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clearOutputInBackground, prepareOutput, type OutputFolder } from '../../scripts/output-folder.ts';

let written = 0;

/** Writes `files` (paths below `outDir`) as a build would, each dated a different moment an hour ago, as an old build's. */
async function writeSite(outDir: string, files: string[]): Promise<void> {
  for (const file of files) {
    await mkdir(join(outDir, file, '..'), { recursive: true });
    await writeFile(join(outDir, file), `<p>${file}</p>`);
    const time = new Date(Date.now() - 3_600_000 + written++);
    await utimes(join(outDir, file), time, time);
  }
}

/** A build into `outDir` with the caches in `cacheDir` that writes `files` and completes. */
async function completedBuild(outDir: string, cacheDir: string, files: string[]): Promise<OutputFolder> {
  const output = await prepareOutput(outDir, cacheDir);
  await output.deleted;
  await writeSite(outDir, files);
  await output.complete();
  return output;
}

async function folders(): Promise<{ parent: string; outDir: string; cacheDir: string }> {
  const parent = await mkdtemp(join(tmpdir(), 'casebook-output-'));
  return { parent, outDir: join(parent, 'dist'), cacheDir: join(parent, 'content', '.casebook-cache') };
}

const SITE = ['index.html', 'articles/a/index.html', 'articles/b/index.html', '_astro/old.css'];

describe('the output folder across builds', () => {
  test('a folder no build of these caches completed into is moved aside and deleted', async () => {
    const { parent, outDir, cacheDir } = await folders();
    await writeSite(outDir, SITE);
    const output = await prepareOutput(outDir, cacheDir);
    expect(output.kept).toBe(false);
    await output.deleted;
    expect(await readdir(parent)).toEqual(['content']);
  });

  test('after a completed build the folder is kept, and pruning deletes only the old files no page lists', async () => {
    const { outDir, cacheDir } = await folders();
    await completedBuild(outDir, cacheDir, SITE);
    const next = await prepareOutput(outDir, cacheDir);
    expect(next.kept).toBe(true);
    // This build writes a new home page and stylesheet, keeps page a as it is, and no longer has page b.
    await writeFile(join(outDir, 'index.html'), '<p>new</p>');
    await writeFile(join(outDir, '_astro', 'new.css'), 'p {}');
    expect(await next.prune([join(outDir, 'articles/a/index.html')])).toBe(2);
    expect(await readFile(join(outDir, 'articles/a/index.html'), 'utf8')).toBe('<p>articles/a/index.html</p>');
    expect((await readdir(outDir, { recursive: true })).sort()).toEqual(['_astro', '_astro/new.css', 'articles', 'articles/a', 'articles/a/index.html', 'index.html']);
  });

  test('pruning reaches files in folders at any depth and leaves links alone', async () => {
    const { outDir, cacheDir } = await folders();
    const deep = ['index.html', 'a/b/c/d/index.html', 'a/b/other/index.html'];
    await completedBuild(outDir, cacheDir, deep);
    await symlink(join(outDir, 'index.html'), join(outDir, 'a', 'link.html'));
    const next = await prepareOutput(outDir, cacheDir);
    await writeFile(join(outDir, 'index.html'), '<p>new</p>');
    expect(await next.prune([join(outDir, 'a/b/other/index.html')])).toBe(1);
    expect((await readdir(outDir, { recursive: true })).sort()).toEqual(['a', 'a/b', 'a/b/other', 'a/b/other/index.html', 'a/link.html', 'index.html']);
  });

  test('a build stopped before completing leaves a folder the next build does not keep', async () => {
    const { outDir, cacheDir } = await folders();
    await completedBuild(outDir, cacheDir, SITE);
    await prepareOutput(outDir, cacheDir);
    expect((await prepareOutput(outDir, cacheDir)).kept).toBe(false);
  });

  test('a folder that another content folder built into last is not kept', async () => {
    const { parent, outDir, cacheDir } = await folders();
    await completedBuild(outDir, cacheDir, SITE);
    await completedBuild(outDir, join(parent, 'other', '.casebook-cache'), SITE);
    expect((await prepareOutput(outDir, cacheDir)).kept).toBe(false);
  });

  test('a folder whose home page changed since the build completed is not kept', async () => {
    const { outDir, cacheDir } = await folders();
    await completedBuild(outDir, cacheDir, SITE);
    await writeFile(join(outDir, 'index.html'), '<p>edited by hand</p>');
    expect((await prepareOutput(outDir, cacheDir)).kept).toBe(false);
  });

  test('clearing deletes what killed builds left aside, and moves nothing when there is no old site', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'casebook-clear-'));
    await mkdir(join(parent, '.dist.old-1'));
    await writeFile(join(parent, '.distance'), 'not a leftover');
    await (await clearOutputInBackground(join(parent, 'dist'))).deleted;
    expect(await readdir(parent)).toEqual(['.distance']);
  });
});
