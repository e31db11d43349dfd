// Name candidates and matches are kept in the build cache as arrays: what comes back must be what went in, key order too.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findNameCandidates, packCandidates, unpackCandidates } from '../../src/pipeline/find-name-candidates.ts';
import type { EntityId } from '../../src/pipeline/ids.ts';
import { buildMatcher, packMatches, unpackMatches } from '../../src/pipeline/match-names.ts';

describe('kept name candidates', () => {
  test('come back as found, whether their key is the surface in lower case or not', () => {
    const text = 'Émile Zola met Anna Bell’s brother and DELTA Corp. in São Paulo; “Nour El-Din” said so.';
    const found = findNameCandidates(text, []);
    expect(found.some((c) => c.key !== c.surface.toLowerCase())).toBe(true);
    expect(found.some((c) => c.key === c.surface.toLowerCase())).toBe(true);
    expect(JSON.stringify(unpackCandidates(packCandidates(found)))).toBe(JSON.stringify(found));
    // Packed, they are about a third of the JSON.
    expect(JSON.stringify(packCandidates(found)).length).toBeLessThan(JSON.stringify(found).length / 2);
  });

  test('any candidate survives the round trip', () => {
    const candidate = fc.record({ surface: fc.string(), key: fc.string(), tokens: fc.nat(), sentenceInitial: fc.boolean(), start: fc.nat(), end: fc.nat() });
    fc.assert(
      fc.property(fc.array(candidate), fc.boolean(), (candidates, lowerKeys) => {
        const list = lowerKeys ? candidates.map((c) => ({ ...c, key: c.surface.toLowerCase() })) : candidates;
        expect(JSON.stringify(unpackCandidates(JSON.parse(JSON.stringify(packCandidates(list)))))).toBe(JSON.stringify(list));
      }),
    );
  });
});

describe('kept matches', () => {
  test('come back as the matcher gives them, names and descriptors', () => {
    const matcher = buildMatcher([
      { entity: 'acme' as EntityId, surface: 'Acme', kind: 'name' },
      { entity: 'acme' as EntityId, surface: 'the company', kind: 'descriptor' },
    ]);
    const found = matcher.match('Acme grew. Then the company shrank, and Acme left.');
    expect(found.map((m) => m.kind)).toEqual(['name', 'descriptor', 'name']);
    expect(JSON.stringify(unpackMatches(JSON.parse(JSON.stringify(packMatches(found)))))).toBe(JSON.stringify(found));
  });
});
