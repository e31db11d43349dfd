// Dates: every date an article states in its paragraphs and embedded posts, with the sentence that is the event.
import { sentenceAt, sentenceSpans, type ReadonlySpans } from '../sentence-spans.ts';
import type { Article, EmbedBlock } from '../types.ts';
import type { DateMention } from './dossier-types.ts';
import { findDates, type DateMatch } from './find-dates.ts';
import { statedTexts } from './stated-texts.ts';

type Base = Pick<DateMention, 'article' | 'source' | 'paragraph' | 'lang'>;

/** A date as one text states it, before it is placed in an article. */
export type TextDate = Omit<DateMention, keyof Base>;

/** Reads the dates of one text; the pipeline passes a reader that remembers texts across builds. */
export type DatesIn = (text: string, lang: string) => readonly TextDate[];

/** Every date an article states, in reading order, so the timeline can say what happened when and who says so. */
export function extractDates(article: Article, datesIn: DatesIn = datesInText): DateMention[] {
  const mentions: DateMention[] = [];
  for (const { block, text, lang } of statedTexts(article)) {
    const base: Base = { article: article.slug, source: article.source, paragraph: block.id, lang };
    if (block.kind === 'embed') {
      const posted = embedMention(block, base);
      if (posted) mentions.push(posted);
    }
    for (const date of datesIn(text, lang)) mentions.push({ ...base, ...date });
  }
  return mentions;
}

/**
 * An embedded post is dated by its attribution line ("— Elon Musk (@elonmusk) April 19, 2023"); the event is the post.
 * The article keeps the post's text but not the attribution line, so the exact span quoted is the post itself.
 */
function embedMention(block: EmbedBlock, base: Base): DateMention | null {
  const iso = block.date;
  if (iso === null || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(iso)) return null;
  const precision = iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
  const month = iso.length >= 7 ? Number(iso.slice(5, 7)) : null;
  return { ...base, text: block.text, iso, month, weekday: null, precision, sentence: `${block.author} posted: ${block.text}` };
}

/**
 * The dates of one text with their sentences. A weekday in a sentence that also has a full date is part of that date
 * ("jeudi 19 avril 2023"): it is dropped, and noted on the date when the calendar agrees. `spans` are the text's
 * sentences, when known already (a block's, from ingest).
 */
export function datesInText(text: string, lang: string, spans: ReadonlySpans = sentenceSpans(text, lang)): TextDate[] {
  const found = findDates(text);
  if (found.length === 0) return [];
  // Full dates by the start of their sentence, so each weekday finds the dates beside it without a scan.
  const sentenceOf = (match: DateMatch): number => sentenceAt(spans, text, match.start).start;
  const fullDates = Map.groupBy(found.filter((f) => f.precision === 'day'), sentenceOf);
  const kept: DateMatch[] = [];
  for (const match of found) {
    if (match.precision !== 'weekday') {
      kept.push(match);
      continue;
    }
    const dated = fullDates.get(sentenceOf(match)) ?? [];
    if (dated.length > 0) {
      for (const date of dated) if (weekdayOf(date.iso) === match.weekday) date.weekday = match.weekday;
    } else {
      kept.push(match);
    }
  }
  return kept.map((match) => ({
    text: text.slice(match.start, match.end),
    iso: match.iso,
    month: match.month,
    weekday: match.weekday,
    precision: match.precision,
    sentence: sentenceAt(spans, text, match.start).text,
  }));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a full ISO date. */
function weekdayOf(iso: string | null): number | null {
  if (iso === null || iso.length !== 10) return null;
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
