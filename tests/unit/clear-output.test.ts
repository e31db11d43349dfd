import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clearOutputInBackground } from '../../scripts/clear-output.ts';

describe('clearing the old site while Astro works', () => {
  test('moves the old site away at once and deletes it, with what killed builds left aside', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'casebook-clear-'));
    const outDir = join(parent, 'dist');
    await mkdir(join(outDir, 'articles', 'a'), { recursive: true });
    await writeFile(join(outDir, 'articles', 'a', 'index.html'), '<p>old</p>');
    await mkdir(join(parent, '.dist.old-1'));
    await mkdir(join(parent, 'seeds'));
    const { deleted } = await clearOutputInBackground(outDir);
    expect(await readdir(parent)).not.toContain('dist');
    await deleted;
    expect(await readdir(parent)).toEqual(['seeds']);
  });

  test('does nothing when there is no old site', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'casebook-clear-'));
    await writeFile(join(parent, '.distance'), 'not a leftover');
    await (await clearOutputInBackground(join(parent, 'dist'))).deleted;
    expect(await readdir(parent)).toEqual(['.distance']);
  });
});
