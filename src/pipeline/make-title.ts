// A readable title for an article that has no headline, made from its opening sentence.

const MAX_TITLE_LENGTH = 100;

/** First sentence of the text, cut at a word boundary to at most 100 characters, with an ellipsis when cut. */
export function openingSentenceToTitle(text: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
  const first = segmenter.segment(text)[Symbol.iterator]().next().value?.segment.trim() ?? text.trim();
  if (first.length <= MAX_TITLE_LENGTH) return first.replace(/[.;:,]$/u, '');
  const words = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' }).segment(first);
  let cut = 0;
  for (const { index, isWordLike, segment } of words) {
    if (index + segment.length > MAX_TITLE_LENGTH - 1) break;
    if (isWordLike) cut = index + segment.length;
  }
  return `${first.slice(0, cut || MAX_TITLE_LENGTH - 1).replace(/[\s,;:،]+$/u, '')}…`;
}

/** Whether any of the texts holds a word: stops at the first one, where counting would read everything. */
export function hasWords(texts: string[]): boolean {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const text of texts) for (const segment of segmenter.segment(text)) if (segment.isWordLike) return true;
  return false;
}

/** Counts words with the locale's word segmenter, which also handles scripts without spaces. */
export function countWords(texts: string[], lang: string): number {
  const segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'word' });
  let words = 0;
  for (const text of texts) for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}
