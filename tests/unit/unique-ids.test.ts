// Dossier anchors: the first use of an id keeps it, later ones get the lowest free number, and none is given twice.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { idAllocator } from '../../src/pipeline/dossier/unique-ids.ts';
import { claimIds, type ClaimSentence } from '../../src/pipeline/dossier/claim-clusters.ts';

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

describe('claimIds', () => {
  const sentence = (article: string, paragraph: string) => ({ article, paragraph }) as ClaimSentence;
  const viaAllocator = (pairs: ReadonlyArray<readonly [string, string]>) => {
    const next = idAllocator();
    return pairs.map(([a, p]) => next(`claim-${a}-${p}`));
  };

  test('gives the ids idAllocator gives, for any order of articles and paragraphs, slugs that end like ids included', () => {
    const slugs = ['a', 'a-p1', 'a-p1-2', 'x-2', 'b-p2-p3', '2'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...slugs), fc.constantFrom('p1', 'p2', 'p12')), { maxLength: 80 }), (pairs) => {
        const sentences = pairs.map(([a, p]) => sentence(a, p));
        const claimId = claimIds(sentences);
        expect(sentences.map(claimId)).toEqual(viaAllocator(pairs));
      }),
      { numRuns: 300 },
    );
  });

  test('falls back on idAllocator when a paragraph id is not "p" and digits', () => {
    const pairs = [['a', 'p1'], ['a', 'p1-2'], ['a', 'p1'], ['a', '2'], ['a-p1', '2'], ['a', 'p1']] as const;
    const sentences = pairs.map(([a, p]) => sentence(a, p));
    const ids = sentences.map(claimIds(sentences));
    expect(ids).toEqual(viaAllocator(pairs));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
