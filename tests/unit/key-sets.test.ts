import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KeySetsBuilder, keySetsOf, keysOf, setCount, setSize } from '../../src/pipeline/dossier/key-sets.ts';

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

describe('KeySetsBuilder.addNumbered', () => {
  test('keeps each set with its distinct numbered keys in order of first addition, over keys as large as given', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 5000 }), { maxLength: 12 }), { maxLength: 40 }), (arrays) => {
        const builder = new KeySetsBuilder();
        for (const array of arrays) {
          for (const key of array) builder.addNumbered(key);
          builder.endSet();
        }
        const sets = builder.build();
        expect(setCount(sets)).toBe(arrays.length);
        arrays.forEach((array, i) => expect([...keysOf(sets, i)]).toEqual([...new Set(array)]));
        expect(sets.keyCount).toBe(Math.max(0, ...arrays.flat().map((k) => k + 1)));
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });
});
