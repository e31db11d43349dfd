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

/** The sentence that contains `offset`, trimmed; a binary search, since a paragraph may hold thousands of sentences. */
export function sentenceAt(spans: ReadonlySpans, text: string, offset: number): { start: number; end: number; text: string } {
  let low = 0;
  let high = spans.length - 1;
  let found: readonly [number, number] | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [s, e] = spans[middle]!;
    if (offset < s) high = middle - 1;
    else if (offset >= e) low = middle + 1;
    else {
      found = [s, e];
      break;
    }
  }
  const span = found ?? [0, text.length];
  return { start: span[0], end: span[1], text: text.slice(span[0], span[1]).trim() };
}
