import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { keySetsOf, keysOf, setCount, setSize } from '../../src/pipeline/dossier/key-sets.ts';

const stringSets = fc.array(fc.array(fc.string({ minLength: 0, maxLength: 3 }), { maxLength: 12 }), { maxLength: 40 });

describe('keySetsOf', () => {
  test('keeps each set with its distinct keys, in order of first addition, and two sets share ids exactly where they share keys', () => {
    fc.assert(
      fc.property(stringSets, (arrays) => {
        const sets = keySetsOf(arrays);
        expect(setCount(sets)).toBe(arrays.length);
        // The ids back to strings: an id is given to one string only, and each string keeps its id across sets.
        const stringOf = new Map<number, string>();
        arrays.forEach((array, i) => {
          const ids = [...keysOf(sets, i)];
          expect(setSize(sets, i)).toBe(new Set(array).size);
          for (const [j, id] of ids.entries()) {
            const string = [...new Set(array)][j]!;
            if (stringOf.has(id)) expect(stringOf.get(id)).toBe(string);
            stringOf.set(id, string);
          }
        });
        expect(new Set(stringOf.values()).size).toBe(stringOf.size);
        expect(sets.keyCount).toBe(new Set(arrays.flat()).size);
        for (const id of sets.keys) expect(id).toBeLessThan(sets.keyCount);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  test('grows past its first arrays: thousands of sets and keys come back whole', () => {
    const arrays = Array.from({ length: 3000 }, (_, i) => [`w${i}`, `w${i + 1}`, 'shared', `w${i}`]);
    const sets = keySetsOf(arrays);
    expect(sets.keyCount).toBe(3002);
    expect(sets.keys.length).toBe(3000 * 3);
    const shared = keysOf(sets, 0)[2];
    for (let i = 0; i < 3000; i++) {
      expect(setSize(sets, i)).toBe(3);
      expect(keysOf(sets, i)[2]).toBe(shared);
      if (i > 0) expect(keysOf(sets, i)[0]).toBe(keysOf(sets, i - 1)[1]);
    }
  });

  test('an empty set is a set', () => {
    const sets = keySetsOf([[], ['a'], []]);
    expect([0, 1, 2].map((i) => setSize(sets, i))).toEqual([0, 1, 0]);
  });
});
