// Disjoint sets over indices, for clustering statements without comparing every pair twice.
import { setCount, setSize, type KeySets } from './key-sets.ts';

/** A union-find structure with path halving. */
export class DisjointSets {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  /** The representative of i's set. */
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  /** Joins the sets of a and b; the smaller index stays representative, so results are deterministic. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The sets as lists of indices, each in ascending order, ordered by their first index. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const group = byRoot.get(root) ?? [];
      group.push(i);
      byRoot.set(root, group);
    }
    return [...byRoot.values()].sort((a, b) => a[0]! - b[0]!);
  }
}

/** A pair of items and how alike their key sets are. */
export interface SimilarPair {
  a: number;
  b: number;
  shared: number;
  jaccard: number;
}

/**
 * Pairs of sets that overlap by at least `minJaccard`, in order of `a`, then `b`, found through an inverted index: each
 * set counts the keys it shares with later sets, so only sets with a key in common are ever compared, and no pair is
 * stored unless it qualifies. Keys held by more than `maxPostings` sets are too common to tell statements apart and
 * are left out of the count; `jaccard` is computed from the remaining shared keys over the full sets.
 * Only pairs that share at least `minShared` of the counted keys are wanted: sets with fewer keys than that are left
 * out of the index, though their keys still count towards `maxPostings`, so the pairs found are those found without
 * it that share that many.
 * Written by hand: a similarity join is a few lines here, and the npm ones index strings, not sets.
 */
export function similarPairs(sets: KeySets, minJaccard: number, maxPostings = 100, minShared = 1): SimilarPair[] {
  const n = setCount(sets);
  const { keys, offsets } = sets;
  // How many sets hold each key, all of them, for the test against maxPostings.
  const holders = new Int32Array(sets.keyCount);
  for (let k = 0; k < keys.length; k++) holders[keys[k]!]!++;
  // The index in compressed rows, of the sets large enough to pair: the ones holding key k are
  // postings[starts[k]] … postings[starts[k + 1] - 1], ascending.
  const indexed = (i: number): boolean => setSize(sets, i) >= minShared;
  const starts = new Int32Array(sets.keyCount + 1);
  for (let i = 0; i < n; i++) if (indexed(i)) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) starts[keys[k]! + 1]!++;
  for (let k = 0; k < sets.keyCount; k++) starts[k + 1]! += starts[k]!;
  const postings = new Int32Array(starts[sets.keyCount]!);
  // Where each key's list is filled up to; afterwards, as the sets are visited in order, where set a stands in it.
  const cursor = starts.slice(0, sets.keyCount);
  for (let i = 0; i < n; i++) if (indexed(i)) for (let k = offsets[i]!; k < offsets[i + 1]!; k++) postings[cursor[keys[k]!]!++] = i;
  cursor.set(starts.subarray(0, sets.keyCount));
  const counts = new Uint32Array(n);
  // The sets met from set a, in the order first met; a typed array, as a list emptied 145,000 times reallocates.
  const touched = new Int32Array(n);
  let met = 0;
  const pairs: SimilarPair[] = [];
  for (let a = 0; a < n; a++) {
    if (!indexed(a)) continue;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      const key = keys[k]!;
      // Set a is the next one in this key's list: every set before it was visited already.
      const from = ++cursor[key]!;
      const end = starts[key + 1]!;
      if (holders[key]! > maxPostings) continue;
      for (let p = from; p < end; p++) {
        const b = postings[p]!;
        if (counts[b] === 0) touched[met++] = b;
        counts[b]!++;
      }
    }
    // Only the few sets that qualify are sorted, not every set met: the pairs come out in order of b.
    const found = pairs.length;
    const sizeOfA = setSize(sets, a);
    for (let t = 0; t < met; t++) {
      const b = touched[t]!;
      const shared = counts[b]!;
      const jaccard = shared / (sizeOfA + setSize(sets, b) - shared);
      if (jaccard >= minJaccard && shared >= minShared) pairs.push({ a, b, shared, jaccard });
      counts[b] = 0;
    }
    if (pairs.length - found > 1) for (const pair of pairs.splice(found).sort((x, y) => x.b - y.b)) pairs.push(pair);
    met = 0;
  }
  return pairs;
}
