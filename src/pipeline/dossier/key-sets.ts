// Many small sets of keys held as integers in two flat arrays, for the similarity joins over claims, quotes and
// figures. At 3,000 articles the claims compare 148,000 sentences: as one Set of strings each they held about 40 MB,
// and the join's index of string keys about 130 MB more at its peak, beside Astro rendering the site. Written by
// hand: this is the compressed-row layout of a sparse matrix, a few lines, and no npm package offers it over strings.

/** Set i holds `keys[offsets[i]]` up to (not including) `keys[offsets[i + 1]]`, each key once; keys are 0 … keyCount - 1. */
export interface KeySets {
  offsets: Int32Array;
  keys: Int32Array;
  keyCount: number;
}

/**
 * Builds KeySets one set at a time, from string keys, each distinct string given the next integer, or from keys
 * numbered already (addNumbered: by a dictionary kept across builds). A builder takes one kind of key or the other.
 */
export class KeySetsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly offsets: number[] = [0];
  private keys = new Int32Array(1024);
  private length = 0;
  private keyCount = 0;
  /** For each key, the last set it was added to: a key repeated within one set is kept once without a Set per set. */
  private lastSet = new Int32Array(1024).fill(-1);

  /** Adds `key` to the set being built (the one the next `endSet` closes); a key already in it is ignored. */
  add(key: string): void {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    this.addNumbered(id);
  }

  /** Adds the key numbered `id` (0 or more) to the set being built; a key already in it is ignored. */
  addNumbered(id: number): void {
    if (id >= this.keyCount) {
      this.keyCount = id + 1;
      while (id >= this.lastSet.length) this.lastSet = grown(this.lastSet, -1);
    }
    const set = this.offsets.length - 1;
    if (this.lastSet[id] === set) return;
    this.lastSet[id] = set;
    if (this.length === this.keys.length) this.keys = grown(this.keys, 0);
    this.keys[this.length++] = id;
  }

  /** Closes the set being built; the next `add` starts a new one. */
  endSet(): void {
    this.offsets.push(this.length);
  }

  /** The sets closed so far. */
  build(): KeySets {
    return { offsets: Int32Array.from(this.offsets), keys: this.keys.slice(0, this.length), keyCount: this.keyCount };
  }
}

/** The KeySets of string sets, in order. */
export function keySetsOf(sets: Iterable<Iterable<string>>): KeySets {
  const builder = new KeySetsBuilder();
  for (const set of sets) {
    for (const key of set) builder.add(key);
    builder.endSet();
  }
  return builder.build();
}

/** How many sets `sets` holds. */
export const setCount = (sets: KeySets): number => sets.offsets.length - 1;

/** How many keys set `i` holds. */
export const setSize = (sets: KeySets, i: number): number => sets.offsets[i + 1]! - sets.offsets[i]!;

/** The keys of set `i`, in the order they were added, as a view (no copy). */
export const keysOf = (sets: KeySets, i: number): Int32Array => sets.keys.subarray(sets.offsets[i]!, sets.offsets[i + 1]!);

/** A copy of `array` twice as long, the new half filled with `fill`. */
function grown(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2).fill(fill);
  next.set(array);
  return next;
}
