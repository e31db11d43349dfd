// A short extractive summary over all sources: the best-supported claims, without saying the same thing twice.
import { contentWords, jaccard } from './content-words.ts';
import { sourceCount, type RankedClaims } from './claim-clusters.ts';
import type { SourceSpan } from './dossier-types.ts';

const MAX_SENTENCES = 5;
const MIN_SENTENCES = 3;
/** A candidate this similar to a sentence already picked would repeat it. */
const REDUNDANT = 0.25;

/** Picks 3–5 sentences: claims carried by most sources first, in the corpus's most common language, skipping near-repeats. */
export function summarise(claims: RankedClaims): SourceSpan[] {
  const mainLang = [...claims.langs()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const picked: SourceSpan[] = [];
  const pickedWords: Array<Set<string>> = [];
  // Taken in turn from the claims as they are made: the summary is most often done after a few.
  for (const claim of claims.ranked()) {
    if (picked.length >= MAX_SENTENCES) break;
    if (sourceCount(claim) < 2 && picked.length >= MIN_SENTENCES) break;
    const sentence = claim.sources.find((s) => s.lang === mainLang && s.text === claim.text) ?? claim.sources.find((s) => s.lang === mainLang);
    if (!sentence) continue;
    const words = contentWords(sentence.text);
    if (pickedWords.some((w) => jaccard(w, words) > REDUNDANT)) continue;
    picked.push({ article: sentence.article, source: sentence.source, paragraph: sentence.paragraph, text: sentence.text, lang: sentence.lang });
    pickedWords.push(words);
  }
  return picked;
}
