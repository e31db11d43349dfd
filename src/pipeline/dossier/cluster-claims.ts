// Claims: the story's statements as clusters of sentences across sources, by wording within a script and by names across scripts.
import type { EntityId } from '../ids.ts';
import type { Article } from '../types.ts';
import { contentWords, mainScript } from './content-words.ts';
import type { SourceSpan } from './dossier-types.ts';
import { DisjointSets, similarPairs } from './union-find.ts';
import { idAllocator } from './unique-ids.ts';

/** One sentence of one article, with what it names. */
export interface ClaimSentence extends SourceSpan {
  entities: EntityId[];
}

/** A statement carried by one or more sources. */
export interface Claim {
  id: string;
  text: string;
  entities: EntityId[];
  sources: ClaimSentence[];
}

/** Sentences in one script this alike say the same thing. */
const SAME_CLAIM = 0.3;
/** Across scripts, sentences naming this many of the same entities (and little else) are taken to say the same thing. */
const SHARED_NAMES_ACROSS_SCRIPTS = 3;
const SAME_NAMES_ACROSS_SCRIPTS = 0.6;
const MIN_CLAIM_WORDS = 6;

/** Every sentence of the corpus's paragraphs, clustered into claims ordered by how many sources carry them. */
export function clusterClaims(articles: Article[]): Claim[] {
  const sentences = articles.flatMap(articleSentences);
  const words = sentences.map((s) => contentWords(s.text));
  const scripts = sentences.map((s) => mainScript(s.text));
  const names = sentences.map((s) => new Set<string>(s.entities));
  const sets = new DisjointSets(sentences.length);
  for (const { a, b } of similarPairs(words, SAME_CLAIM)) {
    if (scripts[a] === scripts[b] && sentences[a]!.source !== sentences[b]!.source) sets.union(a, b);
  }
  for (const { a, b, shared } of similarPairs(names, SAME_NAMES_ACROSS_SCRIPTS)) {
    if (scripts[a] === scripts[b] || sentences[a]!.source === sentences[b]!.source) continue;
    if (shared >= SHARED_NAMES_ACROSS_SCRIPTS) sets.union(a, b);
  }
  // The id names the paragraph of the claim's wording; two claims worded from one paragraph are numbered.
  const uniqueId = idAllocator();
  return sets
    .groups()
    .map((indices) => {
      const claim = toClaim(indices.map((i) => sentences[i]!), indices.map((i) => words[i]!));
      return { ...claim, id: uniqueId(claim.id) };
    })
    .sort((x, y) => sourceCount(y) - sourceCount(x));
}

/** How many different seeds carry a claim. */
export function sourceCount(claim: Claim): number {
  return new Set(claim.sources.map((s) => s.source)).size;
}

function articleSentences(article: Article): ClaimSentence[] {
  const out: ClaimSentence[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const [start, end] of block.sentences) {
      const text = block.text.slice(start, end).trim();
      if (text.split(/\s+/u).length < MIN_CLAIM_WORDS) continue;
      const entities = [...new Set(block.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.entity))];
      out.push({ article: article.slug, source: article.source, paragraph: block.id, lang: article.lang, text, entities });
    }
  }
  return out;
}

/**
 * The claim's wording is its most central sentence: the one whose words the other sentences use most, scored
 * against the cluster's word counts so that a cluster of thousands costs linear time.
 */
function toClaim(sources: ClaimSentence[], words: Array<Set<string>>): Claim {
  const frequency = new Map<string, number>();
  for (const set of words) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  words.forEach((set, i) => {
    let score = 0;
    for (const w of set) score += frequency.get(w)! - 1;
    score /= Math.max(1, set.size);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const shown = sources[best]!;
  return {
    id: `claim-${shown.article}-${shown.paragraph}`,
    text: shown.text,
    entities: [...new Set(sources.flatMap((s) => s.entities))].sort(),
    sources,
  };
}
