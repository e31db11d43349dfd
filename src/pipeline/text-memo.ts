// Remembers the results of pure functions of a text: several stages scan the same paragraphs (dates are asked for
// twice), and a corpus repeats the same words millions of times, which at thousands of articles cost seconds.

/** Wraps `compute` so that each (text, variant) is computed once; the memory empties itself at `limit` entries. */
export function memoByText<T>(compute: (text: string, variant: string) => T, limit = 200_000): (text: string, variant: string) => T {
  const byVariant = new Map<string, Map<string, T>>();
  let size = 0;
  return (text, variant) => {
    let known = byVariant.get(variant);
    if (!known) byVariant.set(variant, (known = new Map()));
    if (known.has(text)) return known.get(text) as T;
    if (size >= limit) {
      byVariant.clear();
      byVariant.set(variant, (known = new Map()));
      size = 0;
    }
    const value = compute(text, variant);
    known.set(text, value);
    size++;
    return value;
  };
}
