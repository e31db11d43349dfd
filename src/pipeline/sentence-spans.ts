// Sentence boundaries of a text in its language, for contexts and for the tagger.
import { memoByText } from './text-memo.ts';
import type { SentenceSpans } from './types.ts';

/** One segmenter per language: building one costs more than segmenting a paragraph. */
const SEGMENTERS = new Map<string, Intl.Segmenter>();

/** Sentence offsets as readers take them: a block's own, or ones shared through the memory below. */
export type ReadonlySpans = ReadonlyArray<readonly [number, number]>;

/**
 * Start and end offsets of each sentence, remembered by text: for texts that are not a block's (whose sentences are
 * found at ingest), such as a paragraph handed to a figure reader. Shared between callers, so read-only.
 */
export const sentenceSpans: (text: string, lang: string) => ReadonlySpans = memoByText(segmentSentences);

/** Start and end offsets of each sentence, from the locale's sentence segmenter. */
export function segmentSentences(text: string, lang: string): SentenceSpans {
  let segmenter = SEGMENTERS.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
    SEGMENTERS.set(lang, segmenter);
  }
  return [...segmenter.segment(text)].map(({ index, segment }) => [index, index + segment.length]);
}

/**
 * The position in `spans` of the sentence that contains `offset`, or -1 when none does; a binary search, since a
 * paragraph may hold thousands of sentences.
 */
export function sentenceIndexAt(spans: ReadonlySpans, offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [s, e] = spans[middle]!;
    if (offset < s) high = middle - 1;
    else if (offset >= e) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The sentence that contains `offset`, trimmed; the whole text when no sentence does. */
export function sentenceAt(spans: ReadonlySpans, text: string, offset: number): { start: number; end: number; text: string } {
  const found = sentenceIndexAt(spans, offset);
  const [start, end] = found < 0 ? [0, text.length] : spans[found]!;
  return { start, end, text: text.slice(start, end).trim() };
}
