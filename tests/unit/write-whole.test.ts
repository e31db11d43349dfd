// writeWhole: a file is replaced whole, from one text or from many parts written as they are.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { writeWhole } from '../../src/pipeline/write-whole.ts';

describe('writeWhole', () => {
  test('writes a text, replacing the file, and leaves nothing beside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whole-'));
    await writeFile(join(dir, 'f'), 'old and longer');
    await writeWhole(join(dir, 'f'), 'new');
    expect(await readFile(join(dir, 'f'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['f']);
  });

  test('writes parts one after the other, however many and however long, empty ones too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'whole-parts-'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 2500 }), async (parts) => {
        await writeWhole(join(dir, 'f'), parts);
        expect((await readFile(join(dir, 'f'))).equals(Buffer.concat(parts))).toBe(true);
      }),
      { numRuns: 40 },
    );
    // More parts than one vectored write takes, as the article bodies of a large corpus are.
    const many = Array.from({ length: 3001 }, (_, i) => Buffer.from(`<p>${i}</p>`));
    await writeWhole(join(dir, 'f'), many);
    expect(await readFile(join(dir, 'f'), 'utf8')).toBe(many.join(''));
    expect(await readdir(dir)).toEqual(['f']);
  });
});
