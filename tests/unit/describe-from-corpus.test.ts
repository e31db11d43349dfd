// Descriptions taken from the corpus: a role just before a name ("Microsoft spokesperson Jane Doe"). roleBefore looks at
// the last characters first and runs ROLE_BEFORE, the expression that says what it finds, only when a role ends there.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ROLE_BEFORE, roleBefore } from '../../src/pipeline/describe-from-corpus.ts';

describe('roleBefore', () => {
  test.each([
    ['Microsoft spokesperson ', 'Microsoft spokesperson'],
    ['said the company’s chief executive, ', 'said the company’s chief executive'],
    ['wrote to its CEO\n', 'wrote to its CEO'],
    ['selon le porte-parole ', 'selon le porte-parole'],
    ['laut Bürgermeister ', 'laut Bürgermeister'],
    ['the overhead ', 'head'],
    ['the president ,, ', undefined],
    ['spokesperson for the company ', undefined],
    ['', undefined],
  ])('%j gives %j', (text, expected) => {
    expect(roleBefore(text)).toBe(expected);
  });

  test('finds what ROLE_BEFORE finds, in any text', () => {
    const piece = fc.constantFrom('president', 'Président', 'CHIEF EXECUTIVE', 'co-founder', 'head', 'overhead', 'the', 'Jane', 'Doe', ',', ' ', '  ', '\n', '\u00a0', 'l’', 'Sprecherin', 'minister,', 'é', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(roleBefore(text)).toBe(ROLE_BEFORE.exec(text)?.[1]);
      }),
      { numRuns: 3000 },
    );
  });
});
