// Figures: money, counts and percentages stated in an article, with unit, period and hedge normalised across languages.
import { monthNumber } from '../month-names.ts';
import { sentenceAt, sentenceSpans, type ReadonlySpans } from '../sentence-spans.ts';
import type { Article } from '../types.ts';
import { contentWords } from './content-words.ts';
import type { FigureMention } from './dossier-types.ts';
import { CURRENCY_WORDS, PERCENT_WORDS, PERIOD_WORDS, QUALIFIER_WORDS } from './figure-words.ts';
import { findDates, toAsciiDigits } from './find-dates.ts';
import { statedTexts } from './stated-texts.ts';
import { ATTACHED_ONLY_SCALES, DIGITS_PATTERN, SCALE_ALTERNATION, numberWordAlternation, numberWordValue, parseDigits, scaleValue } from './parse-number.ts';
import { allMatches } from '../regex-matches.ts';
import { memoByText } from '../text-memo.ts';

/** The words of `about` kept around the figure. */
const ABOUT_WORDS = 14;
/** Characters read on each side of a figure to find its clause. */
const ABOUT_REACH = 400;
/** A clause shorter than this is joined to its neighbours to say what the number is about. */
const MIN_CLAUSE_WORDS = 5;
const END = String.raw`(?![\p{L}\p{N}])`;
const SCALE_AFTER = new RegExp(String.raw`^(\s?)(${SCALE_ALTERNATION})${END}`, 'iu');
// "6,3 milliards d’euros", "3 mil millones de dólares": Romance languages join scale and currency with "de".
const CURRENCY_AFTER = new RegExp(String.raw`^\s?(?:(?:de|d’|d')\s?)?(${CURRENCY_WORDS.pattern})${END}`, 'iu');
const CURRENCY_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${CURRENCY_WORDS.pattern})\s?$`, 'diu');
const PERCENT_AFTER = new RegExp(String.raw`^\s?(${PERCENT_WORDS.pattern})(?![\p{L}])`, 'iu');
const PERIOD_AFTER = new RegExp(String.raw`^\s?(${PERIOD_WORDS.pattern})${END}`, 'iu');
const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${QUALIFIER_WORDS.pattern})\s+$`, 'diu');
// "eight of its apps", "huit de ses applications": the counted noun may follow a possessive phrase.
const NOUN_AFTER = /^\s(?:(?:of|de|d’|d'|von|من) (?:its|the|their|his|her|ses|leurs|des|der|seinen|ihren|sus|los|las)\s)?([\p{L}][\p{L}\p{M}’'-]*)/u;
/** Whole numbers that look like years and carry no unit are years, not counts. */
const YEAR_LIKE = { min: 1000, max: 2100 };

interface NumberAt {
  start: number;
  end: number;
  value: number;
  /** True for digits without separators or decimals, the shape years and codes share. */
  plain: boolean;
  /** Written in words ("eight"), whose boundaries the word pattern has already checked. */
  word: boolean;
}

/** A figure as one text states it, before it is placed in an article. */
export type TextFigure = Omit<FigureMention, 'article' | 'source' | 'paragraph' | 'lang'>;

/** Reads the figures of one text; the pipeline passes a reader that remembers texts across builds. */
export type FiguresIn = (text: string, lang: string) => readonly TextFigure[];

/** Every figure an article states in its paragraphs and embedded posts, in reading order. */
export function extractFigures(article: Article, figuresIn: FiguresIn = figuresInText): FigureMention[] {
  return statedTexts(article).flatMap(({ block, text, lang }) =>
    figuresIn(text, lang).map((figure) => ({ article: article.slug, source: article.source, paragraph: block.id, lang, ...figure })),
  );
}

/**
 * The figures of one text: each number read with the words around it, dates and identifiers left out. `spans` are
 * the text's sentences, when known already (a block's, from ingest).
 */
export function figuresInText(text: string, lang: string, spans: ReadonlySpans = sentenceSpans(text, lang)): TextFigure[] {
  const plain = toAsciiDigits(text);
  const dates = findDates(text);
  let nextDate = 0;
  const figures: TextFigure[] = [];
  for (const number of numbersIn(plain, lang)) {
    // Numbers and dates both come in reading order: one pointer walks the dates.
    while (nextDate < dates.length && dates[nextDate]!.end <= number.start) nextDate++;
    if (dates.slice(nextDate, nextDate + 2).some((d) => number.start < d.end && number.end > d.start)) continue;
    if (!number.word && partOfIdentifier(plain, number)) continue;
    const read = readAround(plain, number, lang);
    if (!read) continue;
    const sentence = sentenceAt(spans, text, number.start);
    figures.push({
      text: text.slice(read.start, read.end),
      value: read.value,
      unit: read.unit,
      per: read.per,
      qualifier: read.qualifier,
      about: aboutClause(text, sentence, read.start, read.end),
      sentence: sentence.text,
    });
  }
  return figures;
}

const DIGITS = new RegExp(DIGITS_PATTERN, 'gu');

/**
 * The counting words of a language as a pattern, made once per language: building it for every paragraph cost
 * about 0.4 s of a 3,000-article dossier.
 */
const numberWordPattern = memoByText((lang): RegExp | null => {
  const words = numberWordAlternation(lang);
  // Arabic attaches prepositions and conjunctions to the word: "لثماني شركات".
  const clitics = lang === 'ar' ? '[وفبل]?' : '';
  return words ? new RegExp(String.raw`(?<![\p{L}])${clitics}(${words})${END}`, 'dgiu') : null;
});

/** Numbers written in digits, and counting words of the article's language. */
function numbersIn(plain: string, lang: string): NumberAt[] {
  const numbers: NumberAt[] = [];
  for (const match of allMatches(DIGITS, plain)) {
    const value = parseDigits(match[0]);
    if (value !== null) numbers.push({ start: match.index, end: match.index + match[0].length, value, plain: /^\d+$/.test(match[0]), word: false });
  }
  const words = numberWordPattern(lang, '');
  if (words) {
    for (const match of allMatches(words, plain)) {
      const value = numberWordValue(match[1]!, lang);
      const [start, end] = match.indices![1]!;
      if (value !== null) numbers.push({ start, end, value, plain: false, word: true });
    }
  }
  return numbers.sort((a, b) => a.start - b.start);
}

/** "GPT-4", "@user2", "iPhone15", "10:30", "4th": digits that are part of a name, a handle, a time or an ordinal. */
function partOfIdentifier(plain: string, number: NumberAt): boolean {
  const before = plain.slice(Math.max(0, number.start - 2), number.start);
  const after = plain.slice(number.end, number.end + 2);
  if (/[\p{L}@#_/]$/u.test(before) || /\p{L}[-‑]$/u.test(before) || /\d:$/u.test(before)) return true;
  if (/^:\d/u.test(after)) return true;
  return /^\p{L}/u.test(after) && !SCALE_AFTER.test(plain.slice(number.end)) && !PERCENT_AFTER.test(plain.slice(number.end));
}

interface Reading {
  start: number;
  end: number;
  value: number;
  unit: string;
  per: string | null;
  qualifier: string | null;
}

/** Reads scale, currency, percent or counted noun, period and hedge around a number; null when it is not a figure. */
function readAround(plain: string, number: NumberAt, lang: string): Reading | null {
  let end = number.end;
  let value = number.value;
  let scaled = false;
  const scale = SCALE_AFTER.exec(plain.slice(end));
  if (scale && !(scale[1] && ATTACHED_ONLY_SCALES.has(scale[2]!.toLowerCase()))) {
    const factor = scaleValue(scale[2]!, lang);
    if (factor !== null) {
      value *= factor;
      end += scale[0].length;
      scaled = true;
    }
  }
  let start = number.start;
  let unit: string | null = null;
  const currencyBefore = matchBefore(CURRENCY_BEFORE, plain, start, 8);
  if (currencyBefore) {
    unit = CURRENCY_WORDS.meaning(currencyBefore.word);
    start = currencyBefore.start;
  }
  const currencyAfter = unit === null ? CURRENCY_AFTER.exec(plain.slice(end)) : null;
  if (currencyAfter) {
    unit = CURRENCY_WORDS.meaning(currencyAfter[1]!);
    end += currencyAfter[0].length;
  }
  const percent = unit === null ? PERCENT_AFTER.exec(plain.slice(end)) : null;
  if (percent) {
    unit = 'percent';
    end += percent[0].length;
  }
  if (unit === null) {
    if (!scaled && number.plain && value >= YEAR_LIKE.min && value <= YEAR_LIKE.max) return null;
    if (!scaled && value < 2) return null;
    const noun = countedNoun(plain.slice(end), lang);
    if (!noun) return null;
    unit = noun.word;
    end += noun.length;
  }
  let per: string | null = null;
  const period = PERIOD_AFTER.exec(plain.slice(end));
  if (period) {
    per = PERIOD_WORDS.meaning(period[1]!);
    end += period[0].length;
  }
  let qualifier: string | null = null;
  const hedge = matchBefore(QUALIFIER_BEFORE, plain, start, 24);
  if (hedge) {
    qualifier = QUALIFIER_WORDS.meaning(hedge.word);
    start = hedge.start;
  }
  // "$8.2 million" is 8199999.999999999 in floating point; twelve significant digits are more than any source states.
  // A number too large for a double (a run of hundreds of nines) is no figure at all.
  const rounded = Number(value.toPrecision(12));
  if (!Number.isFinite(rounded)) return null;
  return { start, end, value: rounded, unit, per, qualifier };
}

/** A word ending just before `at` (within `reach` characters), by a pattern whose group 1 is the word. */
function matchBefore(pattern: RegExp, plain: string, at: number, reach: number): { word: string; start: number } | null {
  const from = Math.max(0, at - reach);
  const match = pattern.exec(plain.slice(from, at));
  const span = match?.indices?.[1];
  return match && span ? { word: match[1]!, start: from + span[0] } : null;
}

/** The noun a bare number counts ("26 billion tweets", "eight of its apps"): a content word, not a month or a name. */
function countedNoun(after: string, lang: string): { word: string; length: number } | null {
  const match = NOUN_AFTER.exec(after);
  if (!match) return null;
  const word = match[1]!.replace(/['’]s?$/u, '');
  if (monthNumber(word) !== undefined || contentWords(word).size === 0) return null;
  // A capital starts a name or a new sentence, except in German, which capitalises every noun.
  if (lang !== 'de' && /^\p{Lu}/u.test(word)) return null;
  return { word: word.toLowerCase(), length: match[0].length - (match[1]!.length - word.length) };
}

/**
 * What the number is about: the clause of its sentence that holds it, joined to its neighbours when short, cut to a few
 * words around the figure. Clauses are split at commas, semicolons and colons in every script.
 */
function aboutClause(text: string, whole: { start: number; end: number }, figureStart: number, figureEnd: number): string {
  // Only the stretch around the figure is read, so a sentence of 200,000 characters costs no more than a short one.
  const sentence = { start: Math.max(whole.start, figureStart - ABOUT_REACH), end: Math.min(whole.end, figureEnd + ABOUT_REACH) };
  const cuts = [sentence.start];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/\s?[,;:،؛]\s/gu)) cuts.push(sentence.start + m.index);
  cuts.push(sentence.end);
  let i = cuts.findIndex((c, k) => figureStart >= c && figureStart < (cuts[k + 1] ?? Infinity));
  let from = cuts[i]!;
  let to = cuts[i + 1]!;
  const words = (a: number, b: number): number => (text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  while (words(from, to) < MIN_CLAUSE_WORDS && (i > 0 || cuts.indexOf(to) < cuts.length - 1)) {
    const next = cuts.indexOf(to);
    if (next < cuts.length - 1) to = cuts[next + 1]!;
    else from = cuts[--i]!;
  }
  const clause = text.slice(from, to).replace(/^[\s,;:،؛]+|[\s.!?,;:،؛]+$/gu, '');
  const tokens = clause.split(/\s+/u);
  if (tokens.length <= ABOUT_WORDS) return clause;
  const figureWord = text.slice(from, Math.min(figureEnd, to)).replace(/^[\s,;:،؛]+/u, '').split(/\s+/u).length - 1;
  const first = Math.max(0, Math.min(figureWord - Math.floor(ABOUT_WORDS / 2), tokens.length - ABOUT_WORDS));
  return tokens.slice(first, first + ABOUT_WORDS).join(' ');
}
