// Timeline: the dates every source states, grouped across sources and languages, in the order things happened.
import { compareCodePoints } from '../assign-slugs.ts';
import { shortHash } from '../ids.ts';
import type { DateMention } from './dossier-types.ts';

/** One moment of the story, with every source that dates something to it. */
export interface TimelineItem {
  /** Stable across builds: "date-2023-04-19", "month-06", "weekday-thursday-1a2b3c". */
  id: string;
  /** ISO date as precise as the sources state it, or null when no year is stated. */
  date: string | null;
  month: number | null;
  precision: DateMention['precision'];
  /** A short human label: "19 April 2023", "June (year not stated)", "2015", "Thursday (date not stated)". */
  label: string;
  /** The event: the sentence of the first source in seed order. */
  text: string;
  /** Every mention, in seed order. */
  sources: DateMention[];
}

/**
 * Groups mentions that state the same date and orders the groups. Grouping: the same ISO date; for a month without a
 * year, the same month; a weekday only with mentions of the same weekday in the same sentence of the same article,
 * since two sources' "Thursday" may be different weeks. Order: items with an ISO date first, chronologically (ISO
 * strings compare by code point, and a year sorts before the months and days inside it); then months without a year,
 * January to December (no year is guessed for them); then weekdays, Monday to Sunday, each tie broken by seed order.
 */
export function buildTimeline(mentions: DateMention[]): TimelineItem[] {
  const groups = new Map<string, DateMention[]>();
  for (const mention of [...mentions].sort(bySeedOrder)) {
    const key = groupKey(mention);
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  return [...groups.values()].map(groupToItem).sort(byChronology);
}

function groupKey(m: DateMention): string {
  if (m.iso !== null) return `iso\u0000${m.iso}`;
  if (m.precision === 'weekday') return `weekday\u0000${m.weekday}\u0000${m.source}\u0000${m.paragraph}\u0000${m.sentence}`;
  return `month\u0000${m.month}`;
}

function groupToItem(sources: DateMention[]): TimelineItem {
  const first = sources[0]!;
  const base = { precision: first.precision, text: first.sentence, sources };
  if (first.iso !== null) {
    return { ...base, id: `date-${first.iso}`, date: first.iso, month: first.month, label: isoToLabel(first.iso) };
  }
  if (first.precision === 'weekday') {
    const name = weekdayName(first.weekday ?? 1);
    const id = `weekday-${name.toLowerCase()}-${shortHash(`${first.source}#${first.paragraph}#${first.sentence}`)}`;
    return { ...base, id, date: null, month: null, label: `${name} (date not stated)` };
  }
  const month = first.month ?? 1;
  return { ...base, id: `month-${String(month).padStart(2, '0')}`, date: null, month, label: `${monthName(month)} (year not stated)` };
}

/** "2023-04-19" → "19 April 2023", "2023-04" → "April 2023", "2015" → "2015". */
function isoToLabel(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (iso.length === 10) return format(date, { day: 'numeric', month: 'long', year: 'numeric' });
  if (iso.length === 7) return format(date, { month: 'long', year: 'numeric' });
  return iso;
}

function monthName(month: number): string {
  return format(new Date(Date.UTC(2000, month - 1, 1)), { month: 'long' });
}

/** 1 January 2024 was a Monday, so day n of that month is weekday n. */
function weekdayName(weekday: number): string {
  return format(new Date(Date.UTC(2024, 0, weekday)), { weekday: 'long' });
}

/** Labels in British English with a fixed locale and time zone, so every machine writes the same bytes. */
function format(date: Date, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    FORMATTERS.set(key, formatter);
  }
  return formatter.format(date);
}

/** Formatters by options: creating one costs far more than formatting a date. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function rank(item: TimelineItem): number {
  return item.date !== null ? 0 : item.precision === 'weekday' ? 2 : 1;
}

function byChronology(a: TimelineItem, b: TimelineItem): number {
  const first = a.sources[0]!;
  const second = b.sources[0]!;
  return (
    rank(a) - rank(b) ||
    compareCodePoints(a.date ?? '', b.date ?? '') ||
    (a.month ?? 0) - (b.month ?? 0) ||
    (first.weekday ?? 0) - (second.weekday ?? 0) ||
    bySeedOrder(first, second) ||
    compareCodePoints(a.id, b.id)
  );
}

/** Seed file name, then paragraph position ("p2" before "p10"); equal mentions keep their reading order (stable sort). */
function bySeedOrder(a: DateMention, b: DateMention): number {
  return compareCodePoints(a.source, b.source) || paragraphPosition(a) - paragraphPosition(b) || compareCodePoints(a.paragraph, b.paragraph);
}

function paragraphPosition(m: DateMention): number {
  return Number(/\d+/.exec(m.paragraph)?.[0] ?? 0);
}
