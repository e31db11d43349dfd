// The claims of a corpus once its sentences are clustered (cluster-claims.ts): each made into a Claim, named and ordered
// only when the dossier asks for it.
import type { EntityId } from '../ids.ts';
import type { SourceSpan } from './dossier-types.ts';
import { keysOf, type KeySets } from './key-sets.ts';
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

/** What the summary reads of the claims (summarise.ts). */
export interface RankedClaims {
  /** How many of the claims' sentences are in each language, in the order the claims, most sources first, bring them. */
  langs(): Map<string, number>;
  /** Every claim, most sources first, then most entities, then in the claims' order. */
  ranked(): Iterable<Claim>;
}

/**
 * Sentences clustered into claims. At 3,000 articles, 148,000 sentences make 145,000 claims, nearly all of one sentence,
 * and the dossier shows a few hundred: making every one a Claim, naming it and sorting them all took about a third of
 * clustering in the dossier's worker, with the garbage it left. So a claim is made when asked for, and once.
 */
export class ClaimClusters implements RankedClaims {
  /** Each sentence's cluster, known by its first sentence: DisjointSets keeps the smallest index as representative. */
  private readonly first: Int32Array;
  /** Each cluster's number of sentences, by its first sentence. */
  private readonly size: Int32Array;
  /** The sentences of each cluster of two or more, in order, by its first sentence; in order of their first. */
  private readonly members = new Map<number, number[]>();
  /** Where the sentence that words each cluster of two or more stands among its members. */
  private readonly shownAt = new Map<number, number>();
  /** Each cluster's id, by its first sentence, made from its number among its paragraph's claims (claimNumbers). */
  private readonly idOf: (first: number) => string;
  private readonly made = new Map<number, Claim>();
  /** The claims of two or more sources, once worked out: the dossier, the summary's languages and its ranking ask. */
  private sharedClaims: readonly Claim[] | undefined;

  private readonly sentences: readonly ClaimSentence[];

  /** The clusters of `sentences` that `find` gives (DisjointSets.find), their words `words` (one set per sentence). */
  constructor(sentences: readonly ClaimSentence[], words: KeySets, find: (i: number) => number) {
    this.sentences = sentences;
    const n = sentences.length;
    this.first = new Int32Array(n);
    this.size = new Int32Array(n);
    for (let i = 0; i < n; i++) this.size[(this.first[i] = find(i))]!++;
    for (let i = 0; i < n; i++) {
      const first = this.first[i]!;
      if (this.size[first] === 1) continue;
      const list = this.members.get(first);
      if (list) list.push(i);
      else this.members.set(first, [i]);
    }
    for (const [first, list] of this.members) this.shownAt.set(first, mostCentral(list.map((i) => keysOf(words, i))));
    this.idOf = this.namer();
  }

  /** Every claim, most sources first; of as many sources, in order of their first sentence. */
  all(): Claim[] {
    const claims: Claim[] = [];
    for (let i = 0; i < this.sentences.length; i++) if (this.first[i] === i) claims.push(this.claim(i));
    return mostSourcesFirst(claims);
  }

  /** The claims of two or more sources, as `all` orders them. */
  shared(): readonly Claim[] {
    this.sharedClaims ??= mostSourcesFirst([...this.members.keys()].map((first) => this.claim(first)).filter((claim) => sourceCount(claim) >= 2));
    return this.sharedClaims;
  }

  /**
   * The ids of the claims that one source alone makes and that name at least two entities, at most `limit` per
   * source, by source, as `all` orders them.
   */
  onlyIds(limit: number): Map<string, string[]> {
    const bySource = new Map<string, string[]>();
    this.forEachOfOneSource((first, entities, source) => {
      if (entities < 2) return;
      const ids = bySource.get(source);
      if (!ids) bySource.set(source, [this.idOf(first)]);
      else if (ids.length < limit) ids.push(this.idOf(first));
    });
    return bySource;
  }

  langs(): Map<string, number> {
    const langs = new Map<string, number>();
    const add = ({ lang }: ClaimSentence): void => void langs.set(lang, (langs.get(lang) ?? 0) + 1);
    for (const claim of this.shared()) claim.sources.forEach(add);
    this.forEachOfOneSource((first) => {
      if (this.size[first] === 1) add(this.sentences[first]!);
      else this.claim(first).sources.forEach(add);
    });
    return langs;
  }

  *ranked(): Generator<Claim> {
    yield* this.shared().toSorted((a, b) => sourceCount(b) - sourceCount(a) || b.entities.length - a.entities.length);
    // The claims of one source, by their number of entities (a counting sort: there are 145,000 at 3,000 articles).
    const firsts: number[] = [];
    const entityCounts: number[] = [];
    let most = 0;
    this.forEachOfOneSource((first, entities) => {
      firsts.push(first);
      entityCounts.push(entities);
      most = Math.max(most, entities);
    });
    const starts = new Int32Array(most + 2);
    for (const count of entityCounts) starts[most - count + 1]!++;
    for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
    const order = new Int32Array(firsts.length);
    firsts.forEach((first, i) => (order[starts[most - entityCounts[i]!]!++] = first));
    for (const first of order) yield this.claim(first);
  }

  /** Calls `each` with every claim of one source, in order of their first sentence: its number of entities and its source. */
  private forEachOfOneSource(each: (first: number, entities: number, source: string) => void): void {
    for (let i = 0; i < this.sentences.length; i++) {
      if (this.first[i] !== i) continue;
      if (this.size[i] === 1) {
        // A claim of one sentence names that sentence's entities, which are distinct (articleSentences).
        const sentence = this.sentences[i]!;
        each(i, sentence.entities.length, sentence.source);
      } else {
        const claim = this.claim(i);
        if (sourceCount(claim) === 1) each(i, claim.entities.length, claim.sources[0]!.source);
      }
    }
  }

  /** The claim of the cluster whose first sentence is `first`. */
  private claim(first: number): Claim {
    let claim = this.made.get(first);
    if (!claim) {
      const list = this.members.get(first);
      claim = list ? toClaim(list.map((i) => this.sentences[i]!), this.shownAt.get(first)!, this.idOf(first)) : toClaim([this.sentences[first]!], 0, this.idOf(first));
      this.made.set(first, claim);
    }
    return claim;
  }

  /** The sentence that words the cluster whose first sentence is `first`. */
  private shown(first: number): ClaimSentence {
    const list = this.members.get(first);
    return this.sentences[list ? list[this.shownAt.get(first)!]! : first]!;
  }

  /** Numbers every claim in order of its first sentence, as claimIds does, and gives each its id from its number. */
  private namer(): (first: number) => string {
    const number = claimNumbers(this.sentences);
    const numbers = new Int32Array(this.sentences.length);
    const ids: string[] = [];
    const fallback = number ? undefined : claimIds(this.sentences);
    for (let i = 0; i < this.sentences.length; i++) {
      if (this.first[i] !== i) continue;
      if (number) numbers[i] = number(this.shown(i));
      else ids[i] = fallback!(this.shown(i));
    }
    return number ? (first) => claimId(this.shown(first), numbers[first]!) : (first) => ids[first]!;
  }
}

/** The claims, most sources first, in a stable sort of their places by counts read once. */
function mostSourcesFirst(claims: Claim[]): Claim[] {
  // A comparison of two claims looked both counts up again, some two million times over 145,000 claims.
  const counts = Int32Array.from(claims, sourceCount);
  return [...claims.keys()].sort((x, y) => counts[y]! - counts[x]!).map((i) => claims[i]!);
}

/** A paragraph's id as paragraphId makes it: "p" and digits. */
const PARAGRAPH_ID = /^p\d+$/;

/**
 * Gives each claim its id, `claim-<article>-<paragraph>`, numbered -2, -3 … from a paragraph's second claim on, as
 * idAllocator does, called once per claim in order with the sentence that words it. When every paragraph id is "p" and
 * digits, a numbered id ends in digits after a dash where every unnumbered one ends in "p" and digits, and different
 * articles and paragraphs give different ids, so no id is ever taken by another: the numbers are counted per article
 * and paragraph (claimNumbers) instead of looking every id up in a set of all of them (145,000 claims at 3,000
 * articles, each id made and hashed two or three times, about 0.2 s of the dossier's worker, which the dossier's pages
 * wait for). Any other paragraph id falls back on idAllocator.
 */
export function claimIds(sentences: readonly ClaimSentence[]): (shown: ClaimSentence) => string {
  const number = claimNumbers(sentences);
  if (number) return (shown) => claimId(shown, number(shown));
  const uniqueId = idAllocator();
  return (shown) => uniqueId(`claim-${shown.article}-${shown.paragraph}`);
}

/** Each claim's number among the claims of its article and paragraph, called once per claim in order; none unless every paragraph id is "p" and digits. */
function claimNumbers(sentences: readonly ClaimSentence[]): ((shown: ClaimSentence) => number) | undefined {
  if (!sentences.every((s) => PARAGRAPH_ID.test(s.paragraph))) return undefined;
  const counts = new Map<string, Map<string, number>>();
  return ({ article, paragraph }) => {
    let inArticle = counts.get(article);
    if (!inArticle) counts.set(article, (inArticle = new Map()));
    const n = (inArticle.get(paragraph) ?? 0) + 1;
    inArticle.set(paragraph, n);
    return n;
  };
}

/** The id of a paragraph's `n`th claim. */
const claimId = ({ article, paragraph }: ClaimSentence, n: number): string => (n === 1 ? `claim-${article}-${paragraph}` : `claim-${article}-${paragraph}-${n}`);

/** Each claim's count, once: sorting 145,000 claims asked for it millions of times. Claims are not changed once made. */
const sourceCounts = new WeakMap<Claim, number>();

/** How many different seeds carry a claim. */
export function sourceCount(claim: Claim): number {
  // Most claims are one sentence: their count needs no memory.
  if (claim.sources.length === 1) return 1;
  let count = sourceCounts.get(claim);
  if (count === undefined) sourceCounts.set(claim, (count = new Set(claim.sources.map((s) => s.source)).size));
  return count;
}

/** The claim of a cluster of sentences, worded as its sentence `shownIndex`. */
function toClaim(sources: ClaimSentence[], shownIndex: number, id: string): Claim {
  const shown = sources[shownIndex]!;
  return {
    id,
    text: shown.text,
    // Most claims are one sentence, whose entities are already distinct (articleSentences); they are sorted here.
    entities: sources.length === 1 ? shown.entities.toSorted() : [...new Set(sources.flatMap((s) => s.entities))].sort(),
    sources,
  };
}

/**
 * A claim's wording is its most central sentence: the one whose words the other sentences use most, scored against
 * the cluster's word counts so that a cluster of thousands costs linear time. Its index among `words`.
 */
function mostCentral(words: Int32Array[]): number {
  const frequency = new Map<number, number>();
  for (const set of words) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  words.forEach((set, i) => {
    let score = 0;
    for (const w of set) score += frequency.get(w)! - 1;
    score /= Math.max(1, set.length);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
