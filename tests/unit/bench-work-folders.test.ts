// The bench's work folders: nothing is deleted while builds are measured, and a crashed attempt's files are moved.
import { mkdtemp, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { WorkFolders } from '../../bench/work-folders.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'casebook-work-folders-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('WorkFolders', () => {
  test('every folder made stays until removeAll, which deletes them all', async () => {
    const folders = new WorkFolders(join(root, 'work'));
    const first = await folders.make('bench-300-');
    await writeFile(join(first, 'page.html'), 'x');
    const second = await folders.make('bench-300-');
    expect(second).not.toBe(first);
    expect(await exists(join(first, 'page.html'))).toBe(true);
    expect(await folders.removeAll(false)).toEqual([]);
    expect(await exists(first)).toBe(false);
    expect(await exists(second)).toBe(false);
  });

  test('with keep, removeAll deletes nothing and names the folders', async () => {
    const folders = new WorkFolders(root);
    const made = await folders.make('bench-1000-');
    expect(await folders.removeAll(true)).toEqual([made]);
    expect(await exists(made)).toBe(true);
  });

  test('setAside moves what exists (the same inodes, nothing deleted) and skips what does not', async () => {
    const folders = new WorkFolders(root);
    const work = await folders.make('bench-3000-');
    await mkdir(join(work, 'dist'));
    await writeFile(join(work, 'dist', 'index.html'), 'page');
    const inode = (await stat(join(work, 'dist', 'index.html'))).ino;
    const aside = await folders.setAside(work, ['content', 'dist']);
    expect(await exists(join(work, 'dist'))).toBe(false);
    expect((await stat(join(aside, 'dist', 'index.html'))).ino).toBe(inode);
    expect(await readdir(aside)).toEqual(['dist']);
  });
});
