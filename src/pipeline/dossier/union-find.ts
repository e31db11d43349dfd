// Disjoint sets over indices, for clustering statements without comparing every pair twice.

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
 * Pairs of items whose key sets overlap by at least `minJaccard`, found through an inverted index: each item counts
 * the keys it shares with later items, so only items with a key in common are ever compared, and no pair is stored
 * unless it qualifies. Keys held by more than `maxPostings` items are too common to tell statements apart and are
 * left out of the count; `jaccard` is computed from the remaining shared keys over the full sets.
 * Written by hand: a similarity join is a few lines here, and the npm ones index strings, not sets.
 */
export function similarPairs(keys: Array<Set<string>>, minJaccard: number, maxPostings = 100): SimilarPair[] {
  const index = new Map<string, number[]>();
  keys.forEach((set, i) => {
    for (const key of set) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  const counts = new Uint32Array(keys.length);
  const touched: number[] = [];
  const pairs: SimilarPair[] = [];
  keys.forEach((set, a) => {
    for (const key of set) {
      const list = index.get(key)!;
      if (list.length > maxPostings) continue;
      for (const b of list) {
        if (b <= a) continue;
        if (counts[b] === 0) touched.push(b);
        counts[b]!++;
      }
    }
    for (const b of touched.sort((x, y) => x - y)) {
      const shared = counts[b]!;
      const jaccard = shared / (set.size + keys[b]!.size - shared);
      if (jaccard >= minJaccard) pairs.push({ a, b, shared, jaccard });
      counts[b] = 0;
    }
    touched.length = 0;
  });
  return pairs;
}
