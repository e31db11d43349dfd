// Two builds of the same seeds and registry give byte-identical sites: no timestamps, random ids or map-order effects.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ROOT, runBuild } from '../helpers/run-build.ts';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

describe('determinism', () => {
  test('a second build of the seeds, in another folder, is byte-identical to the first', async () => {
    const first = inject('seedsSite').outDir;
    const second = await runBuild(join(ROOT, 'seeds'));
    expect(second.code, second.stderr).toBe(0);
    const files = await listFiles(first);
    expect(await listFiles(second.outDir)).toEqual(files);
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second.outDir, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
