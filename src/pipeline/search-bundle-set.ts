// One build's search bundles (search-bundles.ts), each indexed in Pagefind's process as soon as its pages are known,
// or kept whole from the last build when it was written from the same pages. Nothing is written into the site before
// it is built: the bundles move out of the site into the cache folder once the site is about to be rebuilt (setAside),
// Pagefind writes there over the old files (reuse-search-bundle.ts), and the finished bundles move back (place).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf, type KeyedStore } from './build-cache.ts';
import { startSearchIndex, type SearchIndexing, type SearchInput } from './index-search.ts';
import { isWholeBundle, keepIndexFilesOnly, placeSearchBundle, setAsideSearchBundle } from './reuse-search-bundle.ts';

/** Where the bundles go and what tells one build's pages from another's. */
export interface SearchBundleOptions {
  siteDir: string;
  /** The cache folder: the bundles wait here between setAside and place. */
  cacheDir: string;
  /** Every bundle folder a build may write (allSearchBundles); those not added in a build are deleted. */
  names: readonly string[];
  /** The bundle that keeps Pagefind's search code; the others keep only their index files. */
  primary: string;
  /**
   * The digest of the pages each bundle in the site was written from, by bundle name; without it nothing is kept whole.
   * A store of the build cache, so a change to the pipeline's code (which makes the pages) empties it.
   */
  written: Promise<KeyedStore<string> | undefined>;
  /**
   * Whether the site folder holds the site this cache's last build completed: the digests say what that build wrote, so
   * a site written since by another build, or left half-written, keeps no bundle whole.
   */
  siteIsLast: Promise<boolean>;
}

/** The pages of one bundle: what tells them apart, how many they are, and how to make them, done only when needed. */
export interface BundlePages {
  /** The same key means the same pages (in the same pipeline version, which the store of keys is kept per). */
  key: string;
  count: number;
  make: () => SearchInput;
}

/** Pages already made, told apart by their whole content. */
export function madePages(input: SearchInput): BundlePages {
  return { key: JSON.stringify(input), count: input.records.length + input.pages.length, make: () => input };
}

/** The pages of two sets together, known by both keys. */
export function joinedPages(first: BundlePages, second: BundlePages): BundlePages {
  return {
    key: JSON.stringify([first.key, second.key]),
    count: first.count + second.count,
    make: () => {
      const [a, b] = [first.make(), second.make()];
      return { records: [...a.records, ...b.records], pages: [...a.pages, ...b.pages] };
    },
  };
}

/** A build's bundles, from the first pages given to Pagefind until they are in the site. */
export interface SearchBundleSet {
  /** Starts the bundle `name` with its pages, or keeps the site's when it was written from pages of the same key. */
  add(name: string, pages: BundlePages): void;
  /** Moves every bundle out of the site into the cache folder; Pagefind writes none before this. */
  setAside(): Promise<void>;
  /** Settles once every bundle added is written (or kept) in the cache folder, with how many pages they hold and how many were indexed. */
  finished(): Promise<{ pages: number; indexed: number }>;
  /** Moves the bundles into the site and records what each was written from; deletes any bundle this build did not add. */
  place(): Promise<void>;
  /** For a build that failed: Pagefind writes nothing more, and the bundles set aside stay in the cache folder. */
  discard(): Promise<void>;
}

interface Bundle {
  digest: string;
  pages: number;
  /** Whether Pagefind indexed the pages, or the last build's bundle was kept. */
  indexed: Promise<boolean>;
}

/** The bundles of one build, in `options.siteDir`. */
export function searchBundleSet(options: SearchBundleOptions): SearchBundleSet {
  const bundles = new Map<string, Bundle>();
  const asideDone = Promise.withResolvers<void>();
  let discarded = false;
  // The bundles setAside took out of the site, once it is done: a bundle is then looked for there, not in the site.
  let takenFromSite: Set<string> | undefined;
  const keptDir = (name: string): string => join(options.cacheDir, name);

  const build = async (name: string, pages: BundlePages, digest: string): Promise<boolean> => {
    const [written, siteIsLast] = await Promise.all([options.written, options.siteIsLast]);
    // The dossier's bundle is added once the dossier is made, often after the bundles were set aside.
    const inSite = async (): Promise<boolean> => (takenFromSite ? takenFromSite.has(name) : isWholeBundle(join(options.siteDir, name)));
    const unchanged = siteIsLast && written?.get(name) === digest && (await inSite());
    // Pagefind takes the pages now, on its own process, and writes once the old bundle is set aside.
    const indexing: Promise<SearchIndexing> | undefined = unchanged ? undefined : startSearchIndex(pages.make());
    indexing?.catch(() => undefined);
    await asideDone.promise;
    if (discarded) {
      await indexing?.then((index) => index.discard());
      return false;
    }
    if (unchanged && (await isWholeBundle(keptDir(name)))) return false;
    // Indexed after all when the bundle kept went missing on the way.
    const index = await (indexing ?? startSearchIndex(pages.make()));
    await index.finish(keptDir(name));
    if (name !== options.primary) await keepIndexFilesOnly(keptDir(name));
    return true;
  };

  const finished = async (): Promise<{ pages: number; indexed: number }> => {
    const all = [...bundles.values()];
    const indexed = await Promise.all(all.map((b) => b.indexed));
    return { pages: all.reduce((n, b) => n + b.pages, 0), indexed: all.filter((_, i) => indexed[i]).reduce((n, b) => n + b.pages, 0) };
  };

  return {
    add(name, pages) {
      if (bundles.has(name)) throw new Error(`the search bundle ${name} was started twice`);
      if (!options.names.includes(name)) throw new Error(`${name} is not one of the site's search bundles`);
      const digest = digestOf(pages.key);
      const indexed = build(name, pages, digest);
      // Looked at in finished(); until then a failure must not surface as an unhandled rejection.
      indexed.catch(() => undefined);
      bundles.set(name, { digest, pages: pages.count, indexed });
    },
    async setAside() {
      const taken = new Set<string>();
      try {
        for (const name of options.names) if (await setAsideSearchBundle(options.siteDir, keptDir(name), name)) taken.add(name);
      } finally {
        takenFromSite = taken;
        asideDone.resolve();
      }
    },
    finished,
    async place() {
      await finished();
      // The digests are saved before the bundles move: a build stopped between the two leaves them out of the site,
      // where the next one does not find them whole, and never a site bundle under another bundle's digest.
      const written = await options.written;
      for (const [name, { digest }] of bundles) written?.set(name, digest);
      await written?.save();
      for (const name of options.names) {
        if (bundles.has(name)) await placeSearchBundle(keptDir(name), options.siteDir, name);
        else await rm(keptDir(name), { recursive: true, force: true });
      }
    },
    async discard() {
      discarded = true;
      asideDone.resolve();
      await Promise.allSettled([...bundles.values()].map((b) => b.indexed));
    },
  };
}
