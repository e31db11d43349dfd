// A keyed data file (contexts.json) is packed and written only when the file in the content folder does not already
// begin with its key; everything else in the data folder is written anew, and nothing half-written is ever kept.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dataFile, KeyedData, keyOfDataFile, writeContent } from '../../src/pipeline/write-content.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-keyed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);

/** A keyed file whose make counts its calls. */
function keyed(key: string, value: Record<string, unknown>): { data: KeyedData; made: () => number } {
  let calls = 0;
  return { data: new KeyedData(key, () => (calls++, { key, ...value })), made: () => calls };
}

describe('writeContent with a keyed data file', () => {
  const content = () => join(dir, 'content');
  const path = () => dataFile(content(), 'contexts');

  test('writes it beginning with its key, then leaves a file that holds that key as it is, without making it', async () => {
    const first = keyed(KEY_A, { sentences: ['One.'] });
    await writeContent(content(), [], { contexts: first.data, other: { n: 1 } });
    expect(first.made()).toBe(1);
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({ key: KEY_A, sentences: ['One.'] });
    expect(await keyOfDataFile(path())).toBe(KEY_A);
    const before = await stat(path());

    const again = keyed(KEY_A, { sentences: ['One.'] });
    await writeContent(content(), [], { contexts: again.data, other: { n: 2 } });
    expect(again.made()).toBe(0);
    const after = await stat(path());
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    // The unkeyed files are written anew every time.
    expect(JSON.parse(await readFile(dataFile(content(), 'other'), 'utf8'))).toEqual({ n: 2 });
  });

  test('makes and writes it again under another key, and removes every other file of the data folder', async () => {
    await writeContent(content(), [], { contexts: keyed(KEY_A, { sentences: ['One.'] }).data, gone: { n: 1 } });
    const changed = keyed(KEY_B, { sentences: ['Two.'] });
    await writeContent(content(), [], { contexts: changed.data });
    expect(changed.made()).toBe(1);
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({ key: KEY_B, sentences: ['Two.'] });
    expect(await readdir(join(content(), 'data'))).toEqual(['contexts.json']);
  });

  test('writes it again when the file there does not begin with a key, or is not there', async () => {
    await writeContent(content(), [], { contexts: keyed(KEY_A, { sentences: ['One.'] }).data });
    for (const damaged of [`{"sentences":[],"key":"${KEY_A}"}`, 'not json', '']) {
      await writeFile(path(), damaged);
      const again = keyed(KEY_A, { sentences: ['One.'] });
      await writeContent(content(), [], { contexts: again.data });
      expect(again.made()).toBe(1);
      expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({ key: KEY_A, sentences: ['One.'] });
    }
    await rm(path());
    expect(await keyOfDataFile(path())).toBeUndefined();
  });

  test('refuses a value made under another key than the one it was asked for', async () => {
    const wrong = new KeyedData(KEY_A, () => ({ key: KEY_B }));
    await expect(writeContent(content(), [], { contexts: wrong })).rejects.toThrow(/made under the key b+, not a+/);
  });
});
