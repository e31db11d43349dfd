// Finds the dates a text states, in every language Casebook reads: full dates, month and year, a month or a year after a
// cue word ("by June", "في عام 2015"), and weekdays. Hand-written: date-parsing libraries such as chrono-node read
// English only (and are not installed); Intl formats dates but does not parse them.
//
// Relative dates ("last month", "yesterday", "الشهر الماضي") are skipped on purpose: resolving them needs the
// publication date, which an Article does not carry, and the dossier must not invent a date.
import { MONTH_ALTERNATION, MONTH_NAMES_BY_LANGUAGE, monthNumber } from '../month-names.ts';
import { AMOUNT_WORDS, CAPITALISED_LANGUAGES, COMMON_WORD_MONTHS, MONTH_CUES, YEAR_CUES, wordsToAlternation } from './date-cues.ts';
import type { DateMention } from './dossier-types.ts';
import { findWeekdays } from './find-weekdays.ts';
import { memoByText } from '../text-memo.ts';
import { allMatches } from '../regex-matches.ts';

/** A date found in a text, before it is tied to an article; offsets are UTF-16 indices into the text. */
export interface DateMatch {
  start: number;
  end: number;
  iso: string | null;
  month: number | null;
  weekday: number | null;
  precision: DateMention['precision'];
}

type Reading = Omit<DateMatch, 'start' | 'end'>;

/** One way of writing a date: a pattern, the group that is the date's span (0: the whole match), and its reading. */
interface Rule {
  pattern: RegExp;
  span: number;
  read: (groups: ReadonlyArray<string | undefined>) => Reading | null;
  /** The pattern cannot match without a digit, so a text with none skips it. */
  needsDigit: boolean;
  /** The pattern cannot match without a month name, so a text with none skips it. */
  needsMonth: boolean;
}

const START = String.raw`(?<![\p{L}\p{N}])`;
/** A month name (an abbreviation's dot only before a number: "Sept. 5"); in Arabic often doubled as Levantine and common names: "نيسان/أبريل", "أبريل (نيسان)". */
const MONTH = String.raw`(${MONTH_ALTERNATION})(?!\p{L})(?:\.(?=\s*\d))?(?:\s*[/(]\s*(?:${MONTH_ALTERNATION})\s*\)?)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|ª)?(?![\p{L}\p{N}])`;
/** Four digits not part of a longer number; Arabic may add م (AD): "2015م". */
const YEAR = String.raw`(\d{4})(?:م)?(?![\p{L}\p{N}]|[.,]\d)`;
const NOT_AMOUNT = String.raw`(?!\s*(?:[%٪]|(?:${AMOUNT_WORDS})(?!\p{L})))`;
/** Between a cue and its date: a space, a hyphen ("mid-June", "mi-juin"), or nothing after an apostrophe ("d'août"). */
const AFTER_CUE = String.raw`(?:(?<=['’])|\s+|-)`;
const DAY_MONTH = String.raw`${DAY}\.?\s+(?:(?:of|de)\s+)?${MONTH}`;
const YEAR_LINK = String.raw`(?:(?:de|del|of|عام|سنة|من عام)\s+)?`;

/** Month names a language writes in lowercase ("juin") or with a capital ("June"), to tell "march" (a verb) and "Mars" (a name) from months. */
const namesWhere = (capitalised: boolean): ReadonlySet<string> =>
  new Set([...MONTH_NAMES_BY_LANGUAGE].flatMap(([lang, names]) => (CAPITALISED_LANGUAGES.has(lang) === capitalised ? names : [])));
const LOWERCASE_MONTHS = namesWhere(false);
const CAPITALISED_MONTHS = namesWhere(true);

const rx = (source: string): RegExp => new RegExp(source, 'dgiu');

const RULES: readonly Rule[] = [
  { pattern: rx(String.raw`${START}(\d{4})-(\d{2})-(\d{2})(?!\p{N})`), span: 0, needsDigit: true, needsMonth: false, read: ([, y, m, d]) => fullDate(y, Number(m), d) },
  { pattern: rx(String.raw`${START}${DAY_MONTH}[,،]?\s+${YEAR_LINK}${YEAR}`), span: 0, needsDigit: true, needsMonth: true, read: ([, d, m, y]) => fullDate(y, monthOf(m), d) },
  { pattern: rx(String.raw`${START}${MONTH}\s+${DAY}[,،]?\s+${YEAR}`), span: 0, needsDigit: true, needsMonth: true, read: ([, m, d, y]) => fullDate(y, monthOf(m), d) },
  { pattern: rx(String.raw`${START}${MONTH}[,،]?\s+${YEAR_LINK}${YEAR}${NOT_AMOUNT}`), span: 0, needsDigit: true, needsMonth: true, read: ([, m, y]) => monthAndYear(y, m) },
  // A day and a month with no year: the month is kept, no year is invented (DateMention has no field for the day).
  { pattern: rx(String.raw`${START}${DAY_MONTH}`), span: 0, needsDigit: true, needsMonth: true, read: ([, d, m]) => monthAlone(m, d) },
  { pattern: rx(String.raw`${START}${MONTH}\s+${DAY}${NOT_AMOUNT}`), span: 0, needsDigit: true, needsMonth: true, read: ([, m, d]) => monthAlone(m, d) },
  { pattern: rx(String.raw`${START}(?:${YEAR_CUES})${AFTER_CUE}${YEAR}${NOT_AMOUNT}`), span: 1, needsDigit: true, needsMonth: false, read: ([, y]) => yearAlone(y) },
  ...monthCueRules(),
];

/**
 * Any month name anywhere, even inside a word: with the rules' own flags, a text it does not match holds nothing the
 * rules that need a month could match. Most paragraphs name no month, and one look replaces a dozen rules' searches.
 */
const ANY_MONTH = new RegExp(MONTH_ALTERNATION, 'iu');

/** Every date stated in `text`, in reading order; shared between callers (figures and dates read the same text), so read-only. */
export const findDates: (text: string) => readonly DateMatch[] = ((memo) => (text: string) => memo(text, ''))(memoByText(readDates));

/** A span read by an earlier, more precise rule is not read again; rules that need a digit skip text without one. */
function readDates(text: string): DateMatch[] {
  const plain = toAsciiDigits(text);
  const found: DateMatch[] = [];
  const free = (start: number, end: number): boolean => found.every((f) => end <= f.start || start >= f.end);
  const hasDigit = /\d/.test(plain);
  const hasMonth = ANY_MONTH.test(plain);
  for (const rule of RULES) {
    if ((rule.needsDigit && !hasDigit) || (rule.needsMonth && !hasMonth)) continue;
    for (const match of allMatches(rule.pattern, plain)) {
      const [start, end] = match.indices?.[rule.span] ?? [match.index, match.index + match[0].length];
      const reading = rule.read(match);
      if (reading && free(start, end)) found.push({ start, end, ...reading });
    }
  }
  for (const day of findWeekdays(plain)) {
    if (free(day.start, day.end)) found.push({ ...day, iso: null, month: null, precision: 'weekday' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Arabic-Indic and Persian digits to ASCII, one UTF-16 unit each, so offsets into the original text still hold. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** "in June", "en juin", "بحلول شهر يونيو": one rule per language, cue and month agreeing; "May" only after narrow cues. */
function monthCueRules(): Rule[] {
  const rule = (cues: string, names: Iterable<string>): Rule => ({
    pattern: rx(String.raw`${START}(?:${cues})${AFTER_CUE}(${wordsToAlternation(names)})(?![\p{L}\p{N}])`),
    span: 1,
    needsDigit: false,
    needsMonth: true,
    read: ([, m]) => monthAlone(m, undefined),
  });
  const rules = [...MONTH_NAMES_BY_LANGUAGE].flatMap(([lang, names]) => {
    const cues = MONTH_CUES.get(lang);
    return cues ? [rule(cues, names.filter((name) => COMMON_WORD_MONTHS.get(name)?.lang !== lang))] : [];
  });
  for (const [name, { cues }] of COMMON_WORD_MONTHS) rules.push(rule(cues, [name]));
  return rules;
}

function monthOf(name: string | undefined): number {
  return monthNumber(name ?? '') ?? 0;
}

function fullDate(year: string | undefined, month: number, day: string | undefined): Reading | null {
  const y = Number(year);
  const d = Number(day);
  const date = new Date(Date.UTC(y, month - 1, d));
  if (y < 1000 || month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return null;
  return { iso: `${year}-${pad(month)}-${pad(d)}`, month, weekday: null, precision: 'day' };
}

function monthAndYear(year: string | undefined, name: string | undefined): Reading | null {
  const month = monthOf(name);
  if (!plausibleYear(year) || month < 1 || !name || isLowercaseVerb(name)) return null;
  return { iso: `${year}-${pad(month)}`, month, weekday: null, precision: 'month' };
}

function yearAlone(year: string | undefined): Reading | null {
  return plausibleYear(year) ? { iso: year ?? null, month: null, weekday: null, precision: 'year' } : null;
}

/**
 * A month with no year, never at the start of a sentence here (a cue or a day comes first): "may" in lowercase is a verb,
 * and "Mars" with a capital, where only French writes the word, is a name ("the Mars rovers").
 */
function monthAlone(name: string | undefined, day: string | undefined): Reading | null {
  const month = monthOf(name);
  if (month < 1 || !name || isLowercaseVerb(name)) return null;
  if (/^\p{Lu}\p{Ll}/u.test(name) && !CAPITALISED_MONTHS.has(name.toLowerCase())) return null;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return null;
  return { iso: null, month, weekday: null, precision: 'month-only' };
}

/** A lowercase word that only English or German would use as a month, where months take a capital: "may", "march". */
function isLowercaseVerb(name: string): boolean {
  return /^\p{Ll}/u.test(name) && !LOWERCASE_MONTHS.has(name.toLowerCase());
}

/** Four digits taken for a year only in a plausible range, so "in 5000 cases" is not one (TODO: "in 1900 cases" still is). */
function plausibleYear(year: string | undefined): boolean {
  const y = Number(year);
  return y >= 1000 && y <= 2199;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
