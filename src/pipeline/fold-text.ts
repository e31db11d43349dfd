// Folding of words for matching: case, Latin diacritics, Arabic letter variants, possessives and clitics.
import { memoByText } from './text-memo.ts';

/** Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef) and the tatweel stretcher. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** A word without Arabic diacritics and tatweel, letters otherwise as written: for forms a reader will type. */
export function stripArabicMarks(word: string): string {
  return word.replace(ARABIC_MARKS, '');
}

// A corpus repeats its words, and Unicode normalisation is the costly part of folding.
const foldRemembered = memoByText((word) => fold(word));

/** Folds one word for comparison: lowercase, no Latin diacritics, one form of alef, hamza, taa marbuta and yaa. */
export function foldWord(word: string): string {
  return foldRemembered(word, '');
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}

/** Strips an English possessive ('s, ’s, or a bare apostrophe after s) from a word. */
export function stripPossessive(word: string): string {
  return word.replace(/['’](?:[sS])?$/u, '');
}

/**
 * The readings of an Arabic word with its attached prefixes removed: conjunctions و ف, prepositions ب ل ك,
 * and the article ال, alone or combined (وبال, لل, فال…). Each reading keeps how many letters it stripped.
 * Written by hand: no maintained npm library does light Arabic clitic stripping without a full analyser.
 */
export function arabicReadings(folded: string): Array<{ stem: string; prefix: number }> {
  const readings = [{ stem: folded, prefix: 0 }];
  if (!/^[\u0600-\u06FF]/u.test(folded)) return readings;
  const seen = new Set([folded]);
  const add = (stem: string, prefix: number): void => {
    if (stem.length >= 2 && !seen.has(stem)) {
      seen.add(stem);
      readings.push({ stem, prefix });
    }
  };
  for (const conj of ['', 'و', 'ف']) {
    if (!folded.startsWith(conj)) continue;
    const afterConj = folded.slice(conj.length);
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      if (!afterConj.startsWith(prep)) continue;
      const afterPrep = afterConj.slice(prep.length);
      const stripped = conj.length + prep.length;
      add(afterPrep, stripped);
      if (afterPrep.startsWith('ال')) add(afterPrep.slice(2), stripped + 2);
      // ل + ال is written لل: the article's alef drops. Read both the bare word and the word with its article back.
      if (prep === 'ل' && afterPrep.startsWith('ل')) {
        add(afterPrep.slice(1), stripped + 1);
        add(`ا${afterPrep}`, stripped);
      }
    }
  }
  return readings;
}
