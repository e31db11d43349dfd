// The tags a compromise build gives the words of a name in its sentence, as the entity tagger reads them: shared by a
// test and the child process it compares with (tests/unit/tagger-build.test.ts).
import type nlp from 'compromise/two';

/** A name and the sentence it was written in. */
export interface NameInSentence {
  sentence: string;
  name: string;
}

/** Each request's tags, sorted and joined by commas. */
export function nameTags(build: typeof nlp, requests: NameInSentence[]): string[] {
  return requests.map(({ sentence, name }) => {
    const terms = build(sentence).match(name).json({ terms: { tags: true } }) as Array<{ terms: Array<{ tags: string[] }> }>;
    return [...new Set(terms.flatMap((p) => p.terms.flatMap((t) => t.tags)))].sort().join();
  });
}
