// Sentence boundaries of a text in its language, for contexts and for the tagger.

/** Start and end offsets of each sentence, from the locale's sentence segmenter. */
export function sentenceSpans(text: string, lang: string): Array<[number, number]> {
  const segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map(({ index, segment }) => [index, index + segment.length]);
}

/** The sentence that contains `offset`, trimmed. */
export function sentenceAt(spans: Array<[number, number]>, text: string, offset: number): { start: number; end: number; text: string } {
  const span = spans.find(([s, e]) => offset >= s && offset < e) ?? [0, text.length];
  return { start: span[0], end: span[1], text: text.slice(span[0], span[1]).trim() };
}
