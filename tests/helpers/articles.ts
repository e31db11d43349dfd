// Articles built in memory for unit tests of the stages after ingest.
import { paragraphId, parseSlug } from '../../src/pipeline/ids.ts';
import { segmentSentences } from '../../src/pipeline/sentence-spans.ts';
import type { Article } from '../../src/pipeline/types.ts';

let seedNumber = 0;

/** An article in `lang` with one paragraph per string and no mentions, under a seed name of its own. */
export function articleOf(lang: string, ...paragraphs: string[]): Article {
  const n = ++seedNumber;
  return {
    source: `${n}-${lang}.txt`, slug: parseSlug(`${lang}-${n}`), title: `${lang} ${n}`, hasHeadline: true, lang, dir: lang === 'ar' ? 'rtl' : 'ltr',
    blocks: paragraphs.map((text, i) => ({ kind: 'paragraph', id: paragraphId(i + 1), text, sentences: segmentSentences(text, lang), mentions: [] })), dropped: [], words: 10, hash: '',
  };
}
