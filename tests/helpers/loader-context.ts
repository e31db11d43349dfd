// The parts of Astro's loader context that Casebook's loaders use, over a plain map as the store.
import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';

/** An entry as the fake store holds it. */
export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** A loader context over `entries`, rooted at `root`; `parseData` may be given to check or count what is parsed. */
export function fakeLoaderContext(
  root: string,
  entries = new Map<string, StoredEntry>(),
  parseData = async ({ data }: { id: string; data: Record<string, unknown> }) => data,
): LoaderContext & { entries: Map<string, StoredEntry> } {
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
  };
  const context = {
    entries,
    store,
    config: { root: new URL(`file://${root}/`) },
    generateDigest: (data: string | Record<string, unknown>) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    parseData,
  };
  return context as unknown as LoaderContext & { entries: Map<string, StoredEntry> };
}
