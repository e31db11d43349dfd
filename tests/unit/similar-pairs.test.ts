import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { keySetsOf } from '../../src/pipeline/dossier/key-sets.ts';
import { similarPairs } from '../../src/pipeline/dossier/union-find.ts';

/** Jaccard similarity by definition, for checking the index against. */
function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((x) => b.has(x)).length;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

describe('similarPairs', () => {
  test('finds exactly the pairs a comparison of all pairs finds, in the same order, when no key is too common', () => {
    const sets = fc.array(fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 25 });
    fc.assert(
      fc.property(sets, fc.constantFrom(0.2, 0.3, 0.5, 0.8), (arrays, threshold) => {
        const keys = arrays.map((a) => new Set(a));
        const expected: string[] = [];
        for (let a = 0; a < keys.length; a++) for (let b = a + 1; b < keys.length; b++) if (jaccard(keys[a]!, keys[b]!) >= threshold) expected.push(`${a}-${b}`);
        const found = similarPairs(keySetsOf(keys), threshold, 1000);
        // In order of a, then b: figure discrepancies are listed in the order their pairs come.
        expect(found.map((p) => `${p.a}-${p.b}`)).toEqual(expected);
        for (const p of found) expect(p.jaccard).toBeCloseTo(jaccard(keys[p.a]!, keys[p.b]!), 10);
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  test('ignores keys held by more items than maxPostings, so common words do not pair everything', () => {
    const keys = [new Set(['the', 'plant']), new Set(['the', 'port']), new Set(['the', 'strike']), new Set(['the', 'plant', 'water'])];
    const pairs = similarPairs(keySetsOf(keys), 0.2, 3).map((p) => [p.a, p.b]);
    expect(pairs).toEqual([[0, 3]]);
  });

  test('with minShared, finds the pairs it finds without, less those sharing fewer keys, the same common keys left out', () => {
    const sets = fc.array(fc.uniqueArray(fc.constantFrom(...'abcdefgh'), { minLength: 0, maxLength: 6 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(sets, fc.constantFrom(0.2, 0.5, 0.6), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 4 }), (arrays, threshold, maxPostings, minShared) => {
        const keys = keySetsOf(arrays.map((a) => new Set(a)));
        const all = similarPairs(keys, threshold, maxPostings);
        expect(similarPairs(keys, threshold, maxPostings, minShared)).toEqual(all.filter((p) => p.shared >= minShared));
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });

  test('a small set left out of the pairing still makes a key too common', () => {
    // "x" is held by three sets, two of them too small to pair: with at most two holders it is too common to count.
    const keys = keySetsOf([new Set(['x']), new Set(['x', 'y', 'z']), new Set(['x']), new Set(['x', 'y', 'w'])]);
    expect(similarPairs(keys, 0.3, 2, 2)).toEqual([]);
    expect(similarPairs(keys, 0.3, 4, 2).map((p) => [p.a, p.b, p.shared])).toEqual([[1, 3, 2]]);
  });
});
