// The memory of per-paragraph results: computed once per text and variant, and bounded.
import { expect, test } from 'vitest';
import { memoByText } from '../../src/pipeline/text-memo.ts';

test('computes each text and variant once, and keeps variants apart', () => {
  const calls: string[] = [];
  const lengthOf = memoByText((text, variant) => {
    calls.push(`${variant}:${text}`);
    return `${variant}${text.length}`;
  });
  expect([lengthOf('abc', 'en'), lengthOf('abc', 'en'), lengthOf('abc', 'fr'), lengthOf('abcd', 'en')]).toEqual(['en3', 'en3', 'fr3', 'en4']);
  expect(calls).toEqual(['en:abc', 'fr:abc', 'en:abcd']);
});

test('forgets everything once it holds its limit, and still answers right', () => {
  let calls = 0;
  const upper = memoByText((text) => {
    calls++;
    return text.toUpperCase();
  }, 2);
  expect([upper('a', ''), upper('b', ''), upper('c', ''), upper('a', '')]).toEqual(['A', 'B', 'C', 'A']);
  expect(calls).toBe(4);
});
