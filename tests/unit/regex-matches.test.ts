// allMatches gives what String.prototype.matchAll gives, for any text, including empty matches and surrogate pairs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allMatches } from '../../src/pipeline/regex-matches.ts';

const PATTERNS = [/(?<![\p{L}\p{N}])(june|jun|juin)(?!\p{L})/dgiu, /\d*/gu, /x*/g, /(?:)/gu, /\p{L}+|(?=\d)/gu, /[\u{1F600}-\u{1F64F}]?/gu];
const plain = (matches: RegExpExecArray[]) => matches.map((m) => ({ groups: [...m], index: m.index, indices: m.indices?.map((pair) => pair && [...pair]) }));

describe('allMatches', () => {
  test('finds exactly what matchAll finds, in order, with indices and groups', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'x', '1', ' ', 'é', 'j', 'u', 'n', 'e', 'J', '😀', '\uD800', 'ب') , maxLength: 40 });
    fc.assert(
      fc.property(text, fc.constantFrom(...PATTERNS), (value, pattern) => {
        expect(plain(allMatches(pattern, value))).toEqual(plain([...value.matchAll(pattern)]));
      }),
      { numRuns: 500 },
    );
  });

  test("leaves the pattern's position as it found it", () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(allMatches(pattern, 'banana').map((m) => m.index)).toEqual([1, 3, 5]);
    expect(pattern.lastIndex).toBe(3);
  });

  test('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
