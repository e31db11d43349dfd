// The typed findings of the synthesis stage, before they are grouped into the dossier.
import type { EntityId, ParagraphId, Slug } from '../ids.ts';

/** Where a finding was read: the article, its seed file, the paragraph, and the exact span quoted. */
export interface SourceSpan {
  article: Slug;
  source: string;
  paragraph: ParagraphId;
  /** The exact text of the span as it stands in the seed. */
  text: string;
  lang: string;
}

/** A number stated in one article, normalised. */
export interface FigureMention extends SourceSpan {
  /** The quantity as a plain number: "$13 billion" → 13000000000. */
  value: number;
  /** What is counted, normalised across languages: "USD", "EUR", "percent", or a noun such as "tweets". */
  unit: string;
  /** The period of a rate, normalised: "month", "year", "week", "day", "hour"; null when not a rate. */
  per: string | null;
  /** A hedge on the number, normalised to English: "up to", "more than", "about", "at least"; null when exact. */
  qualifier: string | null;
  /** A few words saying what the number is about, taken from its sentence. */
  about: string;
  /** The sentence the figure stands in. */
  sentence: string;
}

/** An explicit date stated in one article. */
export interface DateMention extends SourceSpan {
  /** ISO 8601 as precise as the text allows: "2023-04-19", "2023-04", "2015"; null when the year is not stated. */
  iso: string | null;
  /** Month (1–12) when stated, so a month without a year can still be ordered and grouped. */
  month: number | null;
  /** Weekday (1 = Monday … 7 = Sunday) when the text names one. */
  weekday: number | null;
  precision: 'day' | 'month' | 'year' | 'month-only' | 'weekday';
  /** The sentence the date stands in: the event. */
  sentence: string;
}

/** A quoted or reported statement in one article. */
export interface QuoteMention extends SourceSpan {
  speaker: EntityId | null;
  /** True for indirect speech ("X wrote that …"), false for words in quotation marks. */
  indirect: boolean;
  sentence: string;
  /** Entities named inside the quoted words, for grouping across languages. */
  entities: EntityId[];
}
