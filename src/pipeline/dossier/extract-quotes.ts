// Quotes: words in quotation marks, embedded posts, and reported speech, each attributed to a speaker entity.
import type { EntityId } from '../ids.ts';
import type { EntityType } from '../schemas.ts';
import { sentenceAt } from '../sentence-spans.ts';
import { tokenize } from '../tokenize.ts';
import type { Article, Mention } from '../types.ts';
import type { QuoteMention } from './dossier-types.ts';
import { findQuotedSpans, type QuotedSpan } from './find-quoted-spans.ts';
import { ATTRIBUTION_PHRASES, CHARGE_OPENERS, COMPLEMENTISERS, PREPOSITIONS, PRONOUNS, findAccusingVerb, findReportingVerb, hasReportingVerb } from './reporting-verbs.ts';

/** Quoted words shorter than this are scare quotes or titles ("blue ticks"), not statements. */
const MIN_QUOTE_WORDS = 4;
/** Reported speech is cut at the first comma after this many words, where Arabic chains its clauses. */
const REPORTED_CLAUSE_WORDS = 8;
/** Most characters between a verb of saying and the "that" or colon that opens what was said. */
const VERB_TO_CONTENT = 40;
/** How far before an opening mark the attribution ("Shaw said: “…") is looked for, however long the sentence. */
const BEFORE_WINDOW = 300;
/** How far after a closing mark the attribution ("…,” Shaw said") is looked for. */
const AFTER_WINDOW = 60;
const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization']);

/** What the extractor needs to know about entities. */
export interface QuoteContext {
  types: ReadonlyMap<string, EntityType>;
  /** Resolves a written name (an embed's author) to an entity. */
  resolveName: (name: string) => EntityId | null;
}

/** Every statement in an article with its speaker, in reading order. */
export function extractQuotes(article: Article, context: QuoteContext): QuoteMention[] {
  const quotes: QuoteMention[] = [];
  let lastPerson: EntityId | null = null;
  for (const block of article.blocks) {
    if (block.kind === 'heading' || block.kind === 'caption') continue;
    const base = { article: article.slug, source: article.source, paragraph: block.id, lang: article.lang };
    if (block.kind === 'embed') {
      quotes.push({ ...base, text: block.text, speaker: context.resolveName(block.author), indirect: false, sentence: block.text, entities: entitiesIn(block.mentions, 0, block.text.length) });
      continue;
    }
    const text = block.text;
    const speakers = block.mentions.filter((m) => SPEAKER_TYPES.has(context.types.get(m.entity) ?? 'work'));
    const spans = block.sentences;
    const direct = mergeAdjacent(findQuotedSpans(text), text).filter((s) => wordCount(text.slice(s.start, s.end)) >= MIN_QUOTE_WORDS);
    for (const span of direct) {
      const sentence = sentenceAt(spans, text, span.outerStart);
      const personBefore = speakers.filter((m) => m.end <= span.outerStart && context.types.get(m.entity) === 'person').at(-1)?.entity ?? lastPerson;
      const speaker =
        speakerAfter(text, span, speakers, personBefore) ?? speakerBefore(text.slice(Math.max(sentence.start, span.outerStart - BEFORE_WINDOW), span.outerStart), Math.max(sentence.start, span.outerStart - BEFORE_WINDOW), speakers, context);
      quotes.push({ ...base, text: text.slice(span.start, span.end), speaker, indirect: false, sentence: sentenceAt(spans, text, span.start).text, entities: entitiesIn(block.mentions, span.start, span.end) });
    }
    for (const [start, end] of spans) {
      if (direct.some((d) => d.outerStart < end && d.outerEnd > start)) continue;
      const reported = reportedSpeech(text, start, end, speakers, context);
      if (reported) quotes.push({ ...base, text: reported.text, speaker: reported.speaker, indirect: true, sentence: text.slice(start, end).trim(), entities: entitiesIn(block.mentions, reported.offset, end) });
    }
    for (const m of block.mentions) if (context.types.get(m.entity) === 'person') lastPerson = m.entity;
  }
  return quotes;
}

/** "…,” Shaw said" / "…,” said Alex Spiro" / "…,” he wrote" (the last person named before). */
function speakerAfter(text: string, span: QuotedSpan, speakers: Mention[], lastPerson: EntityId | null): EntityId | null {
  const window = text.slice(span.outerEnd, span.outerEnd + AFTER_WINDOW).split(/(?<=[.!?])\s/u)[0] ?? '';
  if (!hasReportingVerb(window) && !ATTRIBUTION_PHRASES.some((p) => window.toLowerCase().includes(p))) return null;
  const named = speakers.find((m) => m.start >= span.outerEnd && m.start < span.outerEnd + window.length);
  if (named) return named.entity;
  const firstWord = window.match(/\p{L}+/u)?.[0]?.toLowerCase() ?? '';
  return PRONOUNS.has(firstWord) ? lastPerson : null;
}

/** "Musk tweeted, “…" / "Microsoft tweeted: “…" / "according to X, “…": the speaker named before the verb, people first. */
function speakerBefore(before: string, offset: number, speakers: Mention[], context: QuoteContext): EntityId | null {
  const lower = before.toLowerCase();
  for (const phrase of ATTRIBUTION_PHRASES) {
    const at = lower.lastIndexOf(phrase);
    if (at >= 0) {
      const after = speakers.find((m) => m.start >= offset + at + phrase.length && m.start < offset + before.length);
      if (after) return after.entity;
    }
  }
  const verb = findReportingVerb(before);
  if (!verb && !/:\s*$/u.test(before)) return null;
  const inSentence = speakers.filter((m) => m.start >= offset && m.end <= offset + before.length);
  return pickSpeaker(before, offset, inSentence, verb ?? { start: before.length, end: before.length }, context);
}

/**
 * The subject of a verb of saying, looked for in the verb's own clause (after the last comma before it):
 * the last person named there ("Microsoft spokesperson Frank Shaw told"), else the first organisation
 * ("…, Microsoft tweeted:"), else a name right after the verb ("said Alex Spiro", "قال Elon Musk").
 * Names after "of", "by"… are objects, never subjects.
 */
function pickSpeaker(text: string, offset: number, mentions: Mention[], verb: { start: number; end: number }, context: QuoteContext): EntityId | null {
  const clauseStart = Math.max(...[',', '،', ';'].map((mark) => text.lastIndexOf(mark, verb.start - 1))) + 1;
  const before = mentions.filter(
    (m) => m.start >= offset + clauseStart && m.end <= offset + verb.start && !PREPOSITIONS.has(previousWord(text, m.start - offset)),
  );
  const person = before.filter((m) => context.types.get(m.entity) === 'person').at(-1);
  if (person) return person.entity;
  if (before.length > 0) return before[0]!.entity;
  // "Alex Spiro, the lawyer for Elon Musk, accused …": the verb follows an apposition, and the subject is the first
  // person the sentence names before it.
  if (/,\s*$/u.test(text.slice(0, verb.start))) {
    const subject = mentions.find((m) => m.end <= offset + verb.start && context.types.get(m.entity) === 'person' && !PREPOSITIONS.has(previousWord(text, m.start - offset)));
    if (subject) return subject.entity;
  }
  // Up to three words after the verb, stopping at "that", "أن"…: what follows those is the content, not the speaker.
  const words = (text.slice(verb.end).match(/^\s*(?:\S+\s+){0,3}/u)?.[0] ?? '').split(/(?<=\s)/u);
  const stop = words.findIndex((w) => COMPLEMENTISERS.has(w.trim().toLowerCase()));
  const following = (stop < 0 ? words : words.slice(0, stop)).join('');
  const after = mentions.filter((m) => m.start >= offset + verb.end && m.start <= offset + verb.end + following.length);
  return (after.find((m) => context.types.get(m.entity) === 'person') ?? after[0])?.entity ?? null;
}

function previousWord(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at).match(/(\p{L}+)\s*$/u)?.[1]?.toLowerCase() ?? '';
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Reported speech without quotation marks: "X wrote that …", "قال X إن …", "قال X: …".
 * Returns the reported words (to the end of the sentence) and the speaker named before them.
 */
function reportedSpeech(text: string, start: number, end: number, speakers: Mention[], context: QuoteContext): { text: string; speaker: EntityId; offset: number } | null {
  const sentence = text.slice(start, end);
  const tokens = tokenize(sentence);
  // The content starts after "that"/"أن" right behind a verb of saying, after a colon right behind one, or after the
  // "of" of a verb of accusing ("accused Microsoft of …").
  for (const token of tokens) {
    const word = token.text.toLowerCase();
    const isOpener = COMPLEMENTISERS.has(word);
    const isCharge = !isOpener && CHARGE_OPENERS.has(word);
    const isColon = !isOpener && !isCharge && sentence[token.end] === ':';
    if (!isOpener && !isColon && !isCharge) continue;
    const windowStart = Math.max(0, token.start - VERB_TO_CONTENT);
    const window = sentence.slice(windowStart, isColon ? token.end : token.start);
    const verb = isCharge ? findAccusingVerb(window) : findReportingVerb(window);
    if (!verb) continue;
    const verbAt = { start: windowStart + verb.start, end: windowStart + verb.end };
    const contentStart = isColon ? token.end + 1 : token.end;
    const inSentence = speakers.filter((m) => m.start >= start && m.start < start + contentStart);
    const speaker = pickSpeaker(sentence, start, inSentence, verbAt, context);
    const words = cutAtClause(sentence.slice(contentStart).trim()).replace(/[.،,]+$/u, '');
    if (speaker && wordCount(words) >= MIN_QUOTE_WORDS) return { text: words, speaker, offset: start + contentStart };
  }
  return null;
}

/** Cuts reported words at the first comma after a full clause, where long sentences chain other news on. */
function cutAtClause(words: string): string {
  let count = 0;
  for (const match of words.matchAll(/\S+/gu)) {
    count++;
    if (count >= REPORTED_CLAUSE_WORDS && /[,،]$/u.test(match[0])) return words.slice(0, match.index + match[0].length - 1);
  }
  return words;
}

/** Joins quotes split by a stray mark in copied text: “It was trained. “Now is the time.” */
function mergeAdjacent(spans: QuotedSpan[], text: string): QuotedSpan[] {
  const merged: QuotedSpan[] = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    if (previous && !previous.closed && /^\s*$/u.test(text.slice(previous.outerEnd, span.outerStart))) {
      merged[merged.length - 1] = { ...previous, end: span.end, outerEnd: span.outerEnd };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

function entitiesIn(mentions: Mention[], start: number, end: number): EntityId[] {
  return [...new Set(mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity))];
}
