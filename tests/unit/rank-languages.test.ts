// The faster ranking of franc-min's models must name the language franc itself names, for any text.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../bench/generate-corpus.ts';
import { francLanguage } from '../../src/pipeline/rank-languages.ts';

const root = join(import.meta.dirname, '../..');

async function folderTexts(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).sort();
  return Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
}

/**
 * Text that reads like each language franc-min models: its own commonest trigrams, shuffled and joined into words.
 * Languages of one script then sit close together, which is where a ranking that differs from franc's would show.
 */
function modelLikeTexts(): string[] {
  const random = mulberry32(7);
  const texts: string[] = [];
  for (const models of Object.values(data)) {
    for (const model of Object.values(models)) {
      const trigrams = model.split('|');
      for (const length of [90, 300, 1200, 3000]) {
        let text = '';
        while (text.length < length) text += `${trigrams[Math.floor(random() * trigrams.length) % 120]!.trim()}${random() < 0.5 ? '' : ' '}`;
        texts.push(text);
      }
    }
  }
  return texts;
}

/** Texts at franc's edges: too short, no letters, one trigram repeated past the largest distance, mixed scripts. */
const edgeTexts = [
  '',
  'Too short to tell.',
  'x'.repeat(79),
  'x'.repeat(80),
  '1234567890 '.repeat(20),
  '!!! ??? ... --- '.repeat(10),
  'aaa '.repeat(900),
  'Ελληνικά κείμενα για τη δοκιμή της αναγνώρισης γλώσσας, αρκετά μεγάλα για να μετρήσουν.',
  '日本語のテキストで言語の判定を試すための文章です。十分な長さがあるように書いています。もう少し続けます。',
  'Mixed text: Microsoft مايكروسوفت Microsoft مايكروسوفت, with Latin and Arabic words in about equal measure ok.',
  'Москва и Лондон: the two capitals, in one sentence that mixes Cyrillic and Latin letters about evenly here.',
];

describe('francLanguage', () => {
  test('names the language franc names, over the seeds, the bad seeds, and text like every modelled language', async () => {
    const texts = [
      ...(await folderTexts(join(root, 'seeds'))),
      ...(await folderTexts(join(root, 'tests/fixtures/bad-seeds'))),
      ...modelLikeTexts(),
      ...edgeTexts,
    ];
    // Every text, and a prefix of each at a length that varies, so that franc's 2,048-character cut is crossed both ways.
    const random = mulberry32(11);
    const samples = texts.flatMap((text) => [text, text.slice(0, 80 + Math.floor(random() * 2500))]);
    const expected = samples.map((text) => franc(text, { minLength: 80 }));
    expect(samples.map((text) => francLanguage(text, 80))).toEqual(expected);
    // The comparison means something only if franc's answers range over many languages, "und" and a one-language script.
    const named = new Set(expected);
    expect(named.size).toBeGreaterThan(60);
    expect(named).toContain('und');
    expect(named).toContain('ell');
  });

  test('honours the minimum length as franc does', () => {
    const text = 'Twitter has accused Microsoft of using its data in ways that break the agreement.';
    for (const minLength of [10, text.length, text.length + 1]) {
      expect(francLanguage(text, minLength)).toBe(franc(text, { minLength }));
    }
    expect(francLanguage(text, text.length + 1)).toBe('und');
  });

  test('names the language franc names for any text drawn from letters of many scripts, spaces, digits and lone surrogates', () => {
    // Pieces that land in franc's cleaning and script counting: Latin with and without marks, Cyrillic, Arabic,
    // Devanagari, Greek, Han, kana, astral characters that an expression lists as a surrogate pair (Grantha, a Han
    // extension) and one none lists, lone surrogates, white space of several kinds and the ASCII that cleaning drops.
    const pieces = ['the ', 'and ', 'é', 'ß', 'ñ', 'ç', 'ø', 'Ą', 'и ', 'что', 'ال', 'في ', 'है', 'और', 'και', 'の', 'です', '中文',
      '\u{11305}', '\u{20000}', '\u{1F600}', '\uD800', '\uDC00', ' ', '\n', '\t', '\u00A0', '\u3000', '123', '!?', '@#'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 20, maxLength: 900 }), (parts) => {
        const text = parts.join('');
        expect(francLanguage(text, 10)).toBe(franc(text, { minLength: 10 }));
      }),
      { numRuns: 400 },
    );
  });

  test('no script expression of franc-min matches a lone surrogate, which counting by characters relies on', () => {
    for (const expression of Object.values(expressions)) {
      const anchored = new RegExp(`^(?:${expression.source})`);
      for (let unit = 0xd800; unit < 0xe000; unit++) expect(anchored.test(String.fromCharCode(unit))).toBe(false);
    }
  });
});
