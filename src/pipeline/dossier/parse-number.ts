// Numbers as news text writes them, in any digits, with any separators, or in words, read as plain values.
// Hand-written: Intl.NumberFormat formats but does not parse, and the parsers on npm assume one locale per text,
// while a corpus mixes "1,500", "1 500", "1.500" and "6,3" and reads "billion" differently by language.
import { toAsciiDigits } from './find-dates.ts';
import { wordsToAlternation } from './date-cues.ts';

/** A number written in digits: "50,000", "1 500", "6,3", "٥٠٠٠٠". Offsets are the same in the ASCII copy of the text. */
export const DIGITS_PATTERN = String.raw`(?<![\p{L}\p{N}.,٫٬])(?:\d{1,3}(?:(?:[,.٬'’]|[ \u00A0\u202F])\d{3}(?!\d))+(?:[.,٫]\d+)?|\d+(?:[.,٫]\d+)?)`;

/** Reads digits as a value, choosing the decimal mark by the shape of the number: "1,500" and "1.500" are 1500, "6,3" is 6.3. */
export function parseDigits(raw: string): number | null {
  const ascii = toAsciiDigits(raw).replace(/٫/g, '.').replace(/٬/g, ',').replace(/[\s'’]/gu, ',');
  const marks = [...ascii.matchAll(/[.,]/g)].map((m) => ({ mark: m[0], at: m.index }));
  if (marks.length === 0) return Number(ascii);
  const last = marks.at(-1)!;
  const digitsAfterLast = ascii.length - last.at - 1;
  const kinds = new Set(marks.map((m) => m.mark));
  let decimal: number | null = null;
  if (kinds.size === 2) decimal = last.at; // "1,234.5" and "1.234,5": the last mark is the decimal one.
  else if (marks.length === 1 && (digitsAfterLast !== 3 || /^0[.,]/.test(ascii))) decimal = last.at; // "6,3", "2.5", "0,500"
  const whole = (decimal === null ? ascii : ascii.slice(0, decimal)).replace(/[.,]/g, '');
  const fraction = decimal === null ? '' : `.${ascii.slice(decimal + 1)}`;
  const value = Number(`${whole}${fraction}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * Words that multiply the number before them. "billion" is 10^9 in English but 10^12 in French and German, where 10^9 is
 * "milliard(e)"; Spanish "billón" is 10^12 and "mil millones" 10^9.
 */
const SCALES: ReadonlyArray<[word: string, value: number, langs?: readonly string[]]> = [
  ['hundred', 1e2],
  ['hundreds', 1e2],
  ['cent', 1e2, ['fr']],
  ['cents', 1e2, ['fr']],
  ['hundert', 1e2],
  ['dozen', 12],
  ['dozens', 12],
  ['douzaines', 12],
  ['thousand', 1e3],
  ['k', 1e3],
  ['mille', 1e3],
  ['tausend', 1e3],
  ['mil', 1e3],
  ['ألف', 1e3],
  ['آلاف', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['mio', 1e6],
  ['mio.', 1e6],
  ['millionen', 1e6],
  ['millón', 1e6],
  ['millones', 1e6],
  ['مليون', 1e6],
  ['ملايين', 1e6],
  ['billion', 1e9, ['en', 'ar', 'und']],
  ['billions', 1e9, ['en', 'und']],
  ['billion', 1e12, ['fr', 'de']],
  ['billions', 1e12, ['fr']],
  ['billionen', 1e12],
  ['bn', 1e9],
  ['milliard', 1e9],
  ['milliards', 1e9],
  ['milliarde', 1e9],
  ['milliarden', 1e9],
  ['mrd', 1e9],
  ['mrd.', 1e9],
  ['mil millones', 1e9],
  ['miles de millones', 1e9],
  ['billón', 1e12],
  ['billones', 1e12],
  ['مليار', 1e9],
  ['مليارات', 1e9],
  ['بليون', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['tn', 1e12],
  ['تريليون', 1e12],
];

/** Every scale word, longest first, as a regular-expression alternation; which value applies is decided by language. */
export const SCALE_ALTERNATION = wordsToAlternation(SCALES.map(([word]) => word));

/** Abbreviated scales ("$2m", "50k") count only when written against the digits: "2 m" is two metres. */
export const ATTACHED_ONLY_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'mn', 'bn', 'tn']);

/** The factor of a scale word in a language: "billion" → 1e9 in English, 1e12 in French. */
export function scaleValue(word: string, lang: string): number | null {
  const folded = word.toLowerCase();
  const entries = SCALES.filter(([w]) => w === folded);
  const exact = entries.find(([, , langs]) => langs?.includes(lang));
  const general = entries.find(([, , langs]) => !langs) ?? entries.find(([, , langs]) => langs?.includes('en'));
  return (exact ?? general)?.[1] ?? null;
}

/** Counting words from two up, per language: "eight of its apps", "huit applications", "ثماني تطبيقات". "One" is left out: it is rarely a count. */
const NUMBER_WORDS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  Object.entries({
    // "hundred", "cent", "dozen" are left out: they multiply the number before them ("two hundred"), and alone they
    // are read wrongly ("deux cents", "two dozen").
    en: 'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty',
    fr: 'deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante',
    de: 'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig',
    es: 'dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta',
  }).map(([lang, words]) => {
    const values = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50];
    return [lang, new Map(words.split(' ').map((word, i) => [word, values[i]!]))];
  }),
).set(
  'ar',
  new Map([
    ['اثنان', 2], ['اثنين', 2], ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6],
    ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['ثمان', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشرين', 20], ['عشرون', 20],
  ]),
);

/** The counting words of a language, as a regular-expression alternation; empty when the language has none listed. */
export function numberWordAlternation(lang: string): string {
  return wordsToAlternation(NUMBER_WORDS.get(lang)?.keys() ?? []);
}

/** The value of a counting word in a language. */
export function numberWordValue(word: string, lang: string): number | null {
  return NUMBER_WORDS.get(lang)?.get(word.toLowerCase()) ?? null;
}
