// Pagefind answers that it wrote its bundle while the bytes of some files may still be on their way to the disk:
// the build reads the bundle only once no file in it is empty.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { whenBundleWritten } from '../../src/pipeline/search-bundle-written.ts';
import { fileTree } from '../helpers/file-tree.ts';

const bundle = (files: Record<string, string>): Promise<string> => fileTree('bundle-', files);

describe('waiting for a search bundle to be on disk', () => {
  test('resolves at once when every file has its bytes', async () => {
    const dir = await bundle({ 'pagefind-entry.json': '{"version":"1.5.2"}', 'fragment/en_1.pf_fragment': 'x' });
    await whenBundleWritten(dir, 0);
  });

  test('waits while a file, even in a subfolder, is still empty, and goes on once its bytes arrive', async () => {
    const dir = await bundle({ 'pagefind-entry.json': '{"version":"1.5.2"}', 'fragment/en_1.pf_fragment': '' });
    let done = false;
    const waiting = whenBundleWritten(dir).then(() => (done = true));
    await sleep(150);
    expect(done).toBe(false);
    await writeFile(join(dir, 'fragment/en_1.pf_fragment'), 'x');
    await waiting;
    expect(done).toBe(true);
  });

  test('gives up after its time, naming a file that stayed empty', async () => {
    const dir = await bundle({ 'pagefind-entry.json': '' });
    await expect(whenBundleWritten(dir, 100)).rejects.toThrow(/1 of its files are still empty .*pagefind-entry\.json/);
  });
});
