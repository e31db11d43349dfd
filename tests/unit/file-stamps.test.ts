// File stamps: what tells an unchanged file without reading it, and the record of them a loader keeps between builds.
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { BigIntStats } from 'node:fs';
import { fileStamp, readStamps, SETTLED_MS, SETTLED_MS_WHOLE_SECONDS, stampOf, writeStamps, type StampRecord } from '../../src/pipeline/file-stamps.ts';
import { fileTree } from '../helpers/file-tree.ts';

describe('fileStamp', () => {
  test('changes when the file is rewritten or replaced, and is the same while it is left alone', async () => {
    const dir = await fileTree('casebook-stamp-', { 'a.mdx': 'one', 'b.mdx': 'two' });
    const a = join(dir, 'a.mdx');
    const first = fileStamp(a)!.stamp;
    expect(fileStamp(a)!.stamp).toBe(first);
    await writeFile(a, 'uno');
    const rewritten = fileStamp(a)!.stamp;
    expect(rewritten).not.toBe(first);
    // Replaced by another file of the same size: another inode.
    await rename(join(dir, 'b.mdx'), a);
    expect(fileStamp(a)!.stamp).not.toBe(rewritten);
  });

  test('is settled only once the file has been still for longer than a clock tick', async () => {
    const dir = await fileTree('casebook-stamp-', { 'a.mdx': 'one' });
    const now = Date.now();
    expect(fileStamp(join(dir, 'a.mdx'), now)!.settled).toBe(false);
    expect(fileStamp(join(dir, 'a.mdx'), now + SETTLED_MS + 1000)!.settled).toBe(true);
  });

  test('on a file system that keeps whole seconds, is settled only once the file looks older than the rounding too', () => {
    const at = (mtimeNs: bigint, ctimeNs: bigint) => ({ size: 10n, ino: 7n, mtimeNs, ctimeNs }) as unknown as BigIntStats;
    const second = 1_700_000_000n * 1_000_000_000n;
    const changedMs = Number(second / 1_000_000n);
    // Times of whole seconds: the file may have changed up to a second after them.
    expect(stampOf(at(second, second), changedMs + SETTLED_MS + 500).settled).toBe(false);
    expect(stampOf(at(second, second), changedMs + SETTLED_MS_WHOLE_SECONDS + 1).settled).toBe(true);
    // Times to the nanosecond: the tick is enough.
    expect(stampOf(at(second + 123_456_789n, second + 123_456_789n), changedMs + 123 + SETTLED_MS + 10).settled).toBe(true);
  });

  test('is undefined for a missing file', () => {
    expect(fileStamp('/nonexistent/casebook/a.mdx')).toBeUndefined();
  });
});

describe('readStamps and writeStamps', () => {
  const record: StampRecord = new Map([
    ['b', { stamp: '3 12 1 1', digest: 'd2' }],
    ['__proto__', { stamp: '4 13 1 1', digest: 'd3' }],
    ['a', { stamp: '2 11 1 1', digest: 'd1' }],
  ]);

  test('give back what was written under the same key', async () => {
    const path = join(await fileTree('casebook-stamps-', {}), 'stamps.json');
    await writeStamps(path, 'v1 /', record);
    expect(await readStamps(path, 'v1 /')).toEqual(record);
  });

  test('give nothing under another key, so a new renderer or base reads every file', async () => {
    const path = join(await fileTree('casebook-stamps-', {}), 'stamps.json');
    await writeStamps(path, 'v1 /', record);
    expect((await readStamps(path, 'v2 /')).size).toBe(0);
    expect((await readStamps(path, 'v1 /docs/')).size).toBe(0);
  });

  test.each([
    ['a missing file', undefined],
    ['not JSON', '{oops'],
    ['no key', '{"files":{}}'],
    ['a pair of three', '{"key":"k","files":{"a":["1","2","3"]}}'],
    ['a number for a stamp', '{"key":"k","files":{"a":[1,"2"]}}'],
  ])('give nothing for %s', async (_what, text) => {
    const dir = await fileTree('casebook-stamps-', text === undefined ? {} : { 'stamps.json': text });
    expect((await readStamps(join(dir, 'stamps.json'), 'k')).size).toBe(0);
  });
});
