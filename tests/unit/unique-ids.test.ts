// Dossier anchors: the first use of an id keeps it, later ones get the lowest free number, and none is given twice.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { idAllocator } from '../../src/pipeline/dossier/unique-ids.ts';

describe('idAllocator', () => {
  test('numbers repeats from 2, skipping numbers an id already took', () => {
    const next = idAllocator();
    expect(['a', 'a', 'a-3', 'a', 'a', 'b'].map(next)).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-5', 'b']);
  });

  test('gives every id once, and each the lowest free number, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'x-2', 'x-3', 'x-2-2', 'y', 'y-2'), { maxLength: 60 }), (ids) => {
        const next = idAllocator();
        const given: string[] = [];
        for (const id of ids) {
          const result = next(id);
          // The id itself when free, else the first free "id-n" from n = 2.
          let expected: string = id;
          for (let n = 2; given.includes(expected); n++) expected = `${id}-${n}`;
          expect(result).toBe(expected);
          given.push(result);
        }
        expect(new Set(given).size).toBe(given.length);
      }),
      { numRuns: 300 },
    );
  });
});
