// Finds weekday names ("Thursday", "jeudi", "am Donnerstag", "يوم الخميس"): a day the article names but does not date.
// Hand-written: Intl gives weekday names for formatting, not for reading them back in several languages at once.
import { CAPITALISED_LANGUAGES, wordsToAlternation } from './date-cues.ts';
import { allMatches } from '../regex-matches.ts';

/** Seven names per row, Monday first ('' where a form has none); a row's language is its first two letters. */
const WEEKDAY_TABLE: Readonly<Record<string, readonly string[]>> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  deVariants: ['', '', '', '', '', 'sonnabend', ''],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  esVariants: ['', '', 'miercoles', '', '', 'sabado', ''],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  itVariants: ['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', '', ''],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  ar: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
  arVariants: ['الإثنين', '', 'الاربعاء', '', '', '', 'الاحد'],
};

/** Arabic weekday names that are also common words ("the two", "the one", "the assembly"): weekdays only after يوم ("day"). */
const NEED_DAY_WORD: ReadonlySet<string> = new Set(['الاثنين', 'الإثنين', 'الجمعة', 'السبت', 'الأحد', 'الاحد']);

/** Each weekday name with its number (1 = Monday) and the languages that write it. */
const WEEKDAYS = new Map<string, { weekday: number; langs: Set<string> }>();
for (const [row, names] of Object.entries(WEEKDAY_TABLE)) {
  names.forEach((name, i) => {
    if (!name) return;
    const entry = WEEKDAYS.get(name) ?? { weekday: i + 1, langs: new Set<string>() };
    entry.langs.add(row.slice(0, 2));
    WEEKDAYS.set(name, entry);
  });
}

// An optional Arabic "يوم" (day) before the name, then the name as a whole word.
const WEEKDAY_PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:[وف]?يوم\s+)?)(${wordsToAlternation(WEEKDAYS.keys())})(?![\p{L}\p{N}])`, 'giu');

/** A weekday named in a text: offsets of the name and its number, 1 = Monday … 7 = Sunday. */
export interface WeekdayMatch {
  start: number;
  end: number;
  weekday: number;
}

/** Every weekday name in `text` that reads as a day, not as a word or a name ("Domingo", "الأحد" = "the one"). */
export function findWeekdays(text: string): WeekdayMatch[] {
  const found: WeekdayMatch[] = [];
  for (const match of allMatches(WEEKDAY_PATTERN, text)) {
    const [, dayWord = '', name = ''] = match;
    const entry = WEEKDAYS.get(name.toLowerCase());
    if (!entry) continue;
    const start = match.index + dayWord.length;
    if (NEED_DAY_WORD.has(name) && !dayWord) continue;
    if (!caseFits(name, entry.langs, text.slice(Math.max(0, start - 8), start), start <= 8)) continue;
    found.push({ start, end: start + name.length, weekday: entry.weekday });
  }
  return found;
}

/**
 * English and German write weekdays with a capital ("Thursday"), French, Spanish, Italian and Portuguese in lowercase
 * ("jeudi"), so a capital there is only a weekday at the start of a sentence; otherwise it is a name ("Plácido Domingo").
 */
function caseFits(name: string, langs: ReadonlySet<string>, before: string, atStart: boolean): boolean {
  if (!/^[\p{Lu}\p{Ll}]/u.test(name)) return true; // a script without case (Arabic)
  const capital = /^\p{Lu}/u.test(name);
  if ([...langs].some((lang) => CAPITALISED_LANGUAGES.has(lang))) return capital;
  return !capital || (atStart && /^\s*$/u.test(before)) || /[.!?:;«“"(¿¡—–]\s*$/u.test(before);
}
