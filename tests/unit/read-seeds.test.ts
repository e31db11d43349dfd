import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { digestOf } from '../../src/pipeline/build-cache.ts';
import { readSeedBytes, readSeeds, SEED_READS_AT_ONCE } from '../../src/pipeline/read-seeds.ts';

/** How many reads of file contents are under way now, and the most there ever were at once; and the asynchronous stats. */
const reads = vi.hoisted(() => ({ now: 0, most: 0, asyncStats: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = async (...args: Parameters<typeof actual.readFile>): ReturnType<typeof actual.readFile> => {
    reads.now++;
    reads.most = Math.max(reads.most, reads.now);
    try {
      return await actual.readFile(...args);
    } finally {
      reads.now--;
    }
  };
  const lstat = async (...args: Parameters<typeof actual.lstat>): ReturnType<typeof actual.lstat> => {
    reads.asyncStats++;
    return actual.lstat(...args);
  };
  const stat = async (...args: Parameters<typeof actual.stat>): ReturnType<typeof actual.stat> => {
    reads.asyncStats++;
    return actual.stat(...args);
  };
  return { ...actual, readFile, lstat, stat };
});

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  // A file named so is taken to be deleted between the listing of the folder and the look at it.
  const lstatSync = ((...args: Parameters<typeof actual.lstatSync>) => {
    if (String(args[0]).endsWith('vanishing.txt')) {
      if (args[1]?.throwIfNoEntry === false) return undefined;
      throw Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
    }
    return actual.lstatSync(...args);
  }) as typeof actual.lstatSync;
  return { ...actual, lstatSync };
});

/** A seed folder with one good article, and an outside folder holding a file a link may point to. */
async function folders(): Promise<{ seeds: string; outside: string }> {
  const root = await mkdtemp(join(tmpdir(), 'casebook-read-seeds-'));
  const seeds = join(root, 'seeds');
  const outside = join(root, 'outside');
  await mkdir(seeds);
  await mkdir(outside);
  await writeFile(join(seeds, 'good.txt'), 'Microsoft and Twitter disagree.');
  await writeFile(join(outside, 'secret.txt'), 'a file outside the seed folder');
  return { seeds, outside };
}

const reasonFor = (warnings: Array<{ file: string; message: string; skipped: boolean }>, file: string): string | undefined =>
  warnings.find((w) => w.file === file && w.skipped)?.message;

describe('reading the seed folder', () => {
  test('does not follow a symbolic link that leads outside the folder, and says so by name', async () => {
    const { seeds, outside } = await folders();
    await symlink(join(outside, 'secret.txt'), join(seeds, 'link.txt'));
    await symlink('../outside', join(seeds, 'linked-folder'));
    const { seeds: read, warnings } = await readSeeds(seeds);
    expect(read.map((s) => s.file)).toEqual(['good.txt']);
    expect(reasonFor(warnings, 'link.txt')).toMatch(/outside the seed folder/);
    expect(reasonFor(warnings, 'linked-folder')).toMatch(/outside the seed folder/);
  });

  test('follows a link to another seed inside the folder', async () => {
    const { seeds } = await folders();
    await symlink('good.txt', join(seeds, 'alias.txt'));
    const { seeds: read } = await readSeeds(seeds);
    expect(read.map((s) => s.file)).toEqual(['alias.txt', 'good.txt']);
  });

  test('skips folders, files that are not .txt, and broken links, each with a warning', async () => {
    const { seeds } = await folders();
    await mkdir(join(seeds, 'drafts.txt'));
    await writeFile(join(seeds, 'notes.md'), '# notes');
    await symlink('missing.txt', join(seeds, 'broken.txt'));
    const { seeds: read, warnings } = await readSeeds(seeds);
    expect(read.map((s) => s.file)).toEqual(['good.txt']);
    expect(reasonFor(warnings, 'drafts.txt')).toMatch(/folder/);
    expect(reasonFor(warnings, 'notes.md')).toMatch(/not a \.txt file/);
    expect(reasonFor(warnings, 'broken.txt')).toMatch(/cannot be read|outside/);
  });

  test('skips a seed over the size limit, naming the limit and the option that raises it', async () => {
    const { seeds } = await folders();
    await writeFile(join(seeds, 'huge.txt'), 'word '.repeat(300));
    const { seeds: read, warnings } = await readSeeds(seeds, 1000);
    expect(read.map((s) => s.file)).toEqual(['good.txt']);
    expect(reasonFor(warnings, 'huge.txt')).toMatch(/1500 bytes, over the 1000-byte limit.*--max-seed-bytes/);
  });

  test('has a default limit of 2 MB', async () => {
    const { seeds } = await folders();
    await writeFile(join(seeds, 'big.txt'), 'a'.repeat(2 * 1024 * 1024 + 1));
    await writeFile(join(seeds, 'fits.txt'), 'a'.repeat(2 * 1024 * 1024));
    const { seeds: read, warnings } = await readSeeds(seeds);
    expect(read.map((s) => s.file)).toEqual(['fits.txt', 'good.txt']);
    expect(reasonFor(warnings, 'big.txt')).toMatch(/limit/);
  });

  test('reads many seeds at once, up to its bound, and gives them in name order with their own bytes', async () => {
    const { seeds } = await folders();
    const names = Array.from({ length: SEED_READS_AT_ONCE * 3 }, (_, i) => `article-${String((i * 37) % 1000).padStart(4, '0')}.txt`);
    // Sizes differ a lot, so reads end in another order than they start.
    await Promise.all(names.map((name, i) => writeFile(join(seeds, name), `${name}\n${'x'.repeat(((i * 7919) % 13) * 20_000)}`)));
    reads.most = 0;
    const { seeds: read, warnings } = await readSeeds(seeds);
    expect(warnings).toEqual([]);
    expect(read.map((s) => s.file)).toEqual([...names, 'good.txt'].sort());
    for (const seed of read) expect(new TextDecoder().decode(seed.bytes).split('\n')[0]).toBe(seed.file === 'good.txt' ? 'Microsoft and Twitter disagree.' : seed.file);
    expect(reads.most).toBeGreaterThan(1);
    expect(reads.most).toBeLessThanOrEqual(SEED_READS_AT_ONCE);
  });

  test('skips a seed that is gone by the time it is read, with a warning, and reads the rest', async () => {
    const { seeds } = await folders();
    await writeFile(join(seeds, 'vanishing.txt'), 'deleted during the build');
    const { seeds: read, warnings } = await readSeeds(seeds);
    expect(read.map((s) => s.file)).toEqual(['good.txt']);
    expect(reasonFor(warnings, 'vanishing.txt')).toMatch(/cannot be read/);
  });

  test('does not read a seed whose stamp is the one remembered, and reads one whose file changed since', async () => {
    const { seeds } = await folders();
    const [first] = (await readSeeds(seeds)).seeds;
    expect(first).toMatchObject({ file: 'good.txt', digest: digestOf(new TextEncoder().encode('Microsoft and Twitter disagree.')) });
    // The remembered digest is one no file has: a seed read again would give its own.
    const remembered = new Map([['good.txt', { stamp: first!.stamp.stamp, digest: 'remembered' }]]);
    reads.most = 0;
    reads.asyncStats = 0;
    const [known] = (await readSeeds(seeds, undefined, remembered)).seeds;
    expect(known).toMatchObject({ file: 'good.txt', digest: 'remembered', bytes: undefined });
    expect(reads.most).toBe(0);
    // Nor does it wait on the thread pool to look at it: a rebuild looks at thousands of unchanged seeds.
    expect(reads.asyncStats).toBe(0);
    // Its bytes, when needed after all (under its true digest: see the test below).
    expect(new TextDecoder().decode((await readSeedBytes(seeds, { ...known!, digest: first!.digest })).bytes)).toBe('Microsoft and Twitter disagree.');

    await writeFile(join(seeds, 'good.txt'), 'Microsoft and Twitter agree.');
    const [changed] = (await readSeeds(seeds, undefined, remembered)).seeds;
    expect(changed!.digest).toBe(digestOf(new TextEncoder().encode('Microsoft and Twitter agree.')));
    expect(new TextDecoder().decode(changed!.bytes)).toBe('Microsoft and Twitter agree.');
  });

  test('refuses bytes read late that are not those the remembered digest names: the seed changed during the build', async () => {
    const { seeds } = await folders();
    const [first] = (await readSeeds(seeds)).seeds;
    const [known] = (await readSeeds(seeds, undefined, new Map([['good.txt', { stamp: first!.stamp.stamp, digest: first!.digest }]]))).seeds;
    await writeFile(join(seeds, 'good.txt'), 'Edited while the build ran.');
    await expect(readSeedBytes(seeds, known!)).rejects.toThrow(/good\.txt changed while the build was reading .*run the build again/);
  });

  test('names the folder and the option when the folder cannot be read', async () => {
    await expect(readSeeds('/nonexistent/seeds')).rejects.toThrow(/\/nonexistent\/seeds.*--seeds/);
  });
});
