// The dossier's sections kept across builds (buildDossier's KeepSection): each is a pure function of its own findings,
// which an edit that adds no figure, quote or date leaves as they were.
import { digestOf, type KeyedStore } from './build-cache.ts';
import type { KeepSection } from './dossier/build-dossier.ts';

/** A section as the build cache keeps it: the digest of its input's JSON, and its value with the input's items as references. */
export interface KeptSection {
  input: string;
  value: unknown;
}

/**
 * The key that marks a reference to an item of the input: `{"\u0000": 3}` stands for input[3]. No value of the
 * dossier's has a key made of a NUL character.
 */
const REFERENCE = '\u0000';

/**
 * Keeps each section of the dossier in `store` under its name: grouping the quotes, the dates and the figures and
 * finding where figures disagree took about 1.5 s of the dossier's worker in a rebuild at 3,000 articles, and the
 * dossier's pages wait for it. A section whose input's digest changed is worked out again, whole. A section's value
 * holds its input's items (each group its sources): kept as references to their places in the input, it is a tenth
 * of the size, and given back it holds the very input objects, as a value worked out on the spot does.
 */
export function keepSectionIn(store: KeyedStore<KeptSection>): KeepSection {
  return <I, O>(name: string, input: I, compute: (input: I) => O): O => {
    const digest = digestOf(JSON.stringify(input));
    const items = Array.isArray(input) ? (input as unknown[]) : [];
    const kept = store.get(name);
    if (kept?.input === digest) {
      const value = withItems(kept.value, items);
      if (value.ok) {
        // Set back as read, so that saving writes its text as it was instead of serialising it again.
        store.set(name, kept);
        return value.value as O;
      }
    }
    const value = compute(input);
    store.set(name, { input: digest, value: withReferences(value, new Map(items.map((item, i) => [item, i]))) });
    return value;
  };
}

/** `value` with every object that is an item of the input replaced by a reference to its place. */
export function withReferences(value: unknown, places: ReadonlyMap<unknown, number>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const place = places.get(value);
  if (place !== undefined) return { [REFERENCE]: place };
  if (Array.isArray(value)) return value.map((v) => withReferences(v, places));
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = withReferences(v, places);
  return copy;
}

/** `value` with every reference replaced by the input's item; not ok when one points past the input's end. */
export function withItems(value: unknown, items: readonly unknown[]): { ok: true; value: unknown } | { ok: false } {
  let ok = true;
  const restore = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(restore);
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === REFERENCE) {
      const place = (v as Record<string, unknown>)[REFERENCE];
      if (typeof place === 'number' && Number.isInteger(place) && place >= 0 && place < items.length) return items[place];
      ok = false;
      return v;
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys) copy[key] = restore((v as Record<string, unknown>)[key]);
    return copy;
  };
  const restored = restore(value);
  return ok ? { ok: true, value: restored } : { ok: false };
}
