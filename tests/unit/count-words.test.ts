// countWords reads most runs of a text by hand and leaves the rest to Intl.Segmenter: its count must be the
// segmenter's own, for any text in any locale.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { countWords } from '../../src/pipeline/make-title.ts';

const root = join(import.meta.dirname, '../..');

/** The definition: the word-like segments Intl.Segmenter finds. */
function segmenterCount(texts: string[], lang: string): number {
  const segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
  let words = 0;
  for (const text of texts) for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

async function folderTexts(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(files.map((name) => readFile(join(dir, name), 'utf8')));
}

test('counts the words the segmenter counts, for any text drawn from many scripts, marks, digits, punctuation and spaces', () => {
  // Letters of scripts with and without spaces between words, combining marks (alone too), digits of several
  // scripts and other numbers, punctuation that joins words (the underscore, points and commas between letters or
  // digits, apostrophes) and punctuation that does not, symbols and emoji, astral letters and digits, lone
  // surrogates, every kind of space, including U+202F, which joins words, and characters the rules ignore.
  const pieces = ['the', 'and', 'é', 'e\u0301', '\u0301', '\u0e31', 'ß', 'İ', 'ﬁ', 'ª', 'Ⅻ', 'и', 'что', 'και', 'ال', 'في', 'ـ', '٣', '١٢', '๓', '٪', '،', 'שלום', 'א', '"', '中文', '日本', 'の', 'カタカナ', 'ไทย', '한국', '42', '3', '²', '½', '_', "'", '’', '.', ',', ':', ';', '-', '—', '“', '”', '«', '»', '¿', '!', '(', ')', '$', '%', '@', '#', '😀', '🇫🇷', '\u{11305}', '\u{20000}', '\u{1D7CE}', '\u{1EE00}', '\uD800', '\uDC00', ' ', '  ', '\u00A0', '\u2007', '\t', '\n', '\r\n', '\u3000', '\u2028', '\u202F', '\u180E', '\u00AD', '\u200B', '\u200D', '\uFEFF', 'U.S.', '1,000', 'e.g.', "don't", 'x²y', 'a_b'];
  for (const lang of ['en', 'fr', 'de', 'es', 'ar', 'he', 'ja', 'th', 'und']) {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), { minLength: 1, maxLength: 3 }), (texts) => {
        const joined = texts.map((parts) => parts.join(''));
        expect(countWords(joined, lang)).toBe(segmenterCount(joined, lang));
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  }
});

test("counts the words the segmenter counts in the seeds, the bad seeds, corpus-b and a generated corpus, paragraph by paragraph", async () => {
  const generated = await mkdtemp(join(tmpdir(), 'casebook-count-words-'));
  try {
    await generateCorpus(60, generated);
    const texts = [
      ...(await folderTexts(join(root, 'seeds'))),
      ...(await folderTexts(join(root, 'tests/fixtures/bad-seeds'))),
      ...(await folderTexts(join(root, 'tests/fixtures/corpus-b'))),
      ...(await folderTexts(generated)),
    ];
    expect(texts.length).toBeGreaterThan(70);
    for (const text of texts) {
      for (const lang of ['en', 'ar']) {
        const paragraphs = text.split('\n');
        expect(countWords(paragraphs, lang)).toBe(segmenterCount(paragraphs, lang));
      }
    }
  } finally {
    await rm(generated, { recursive: true, force: true });
  }
});
