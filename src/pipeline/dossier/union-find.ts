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

/** Pairs of items that share at least one key, found through an inverted index instead of comparing all pairs. */
export function candidatePairs(keys: Array<Set<string>>, maxPostings = 200): Array<[number, number]> {
  const index = new Map<string, number[]>();
  keys.forEach((set, i) => {
    for (const key of set) {
      const list = index.get(key) ?? [];
      list.push(i);
      index.set(key, list);
    }
  });
  const seen = new Set<string>();
  const pairs: Array<[number, number]> = [];
  for (const list of index.values()) {
    if (list.length > maxPostings) continue; // too common to tell statements apart
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const id = `${list[x]} ${list[y]}`;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([list[x]!, list[y]!]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
