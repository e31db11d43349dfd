// Search: Pagefind builds one index for every language through its Node API, from what the pipeline made rather than
// from the built site: articles and the dossier as records, entity pages as small HTML pages of their searchable part.
// So Pagefind's own process, on the second core, takes the pages in while the pipeline works on the dossier, and
// writes the bundle while Astro renders the site (at 3,000 articles Pagefind's stage took 11-13 s after Astro when
// it read the built pages).
import * as pagefind from 'pagefind';
import type { SearchRecord } from './article-search-records.ts';
import type { SearchPage } from './entity-search-pages.ts';
import { dropForeignBundle, pruneSearchBundle, writingBundle } from './reuse-search-bundle.ts';
import { whenBundleWritten } from './search-bundle-written.ts';
import { stabiliseSearchIndex } from './stabilise-search-index.ts';

/** The language every page is indexed under, so that one search box finds pages in all of them. */
export const INDEX_LANGUAGE = 'en';

/** Pages for search: pages indexed from text, and pages indexed from the HTML of their searchable part. */
export interface SearchInput {
  records: SearchRecord[];
  pages: SearchPage[];
}

/** An index taking pages in; nothing is written until `finish`. */
export interface SearchIndexing {
  /** Hands Pagefind more pages, without waiting for it to index them. */
  add(input: SearchInput): void;
  /**
   * Writes the bundle into `bundleDir`, where the last build's bundle may be: its files that are still right are kept
   * (see reuse-search-bundle.ts) and the rest removed. Throws with Pagefind's errors, including those of `add`.
   */
  finish(bundleDir: string): Promise<{ pages: number }>;
  /** Drops the index unwritten, for a build that failed before its pages were all known. */
  discard(): Promise<void>;
}

/** Indexes started and neither finished nor discarded: Pagefind's one process serves them all, and stops after the last. */
let openIndexes = 0;

/** Counts one index as done, and stops Pagefind's process once no other is open. */
async function release(): Promise<void> {
  openIndexes--;
  if (openIndexes === 0) await pagefind.close();
}

/**
 * The allocator settings Pagefind's process is started with. Its Linux binary allocates with jemalloc (built with the
 * `_RJEM_` prefix, so this is the variable it reads), and backing that memory with transparent huge pages cut the
 * page faults of indexing the 3,000 bench articles from about 220,000 to 12,000, and its CPU time from about 15.7 s
 * to 11.2 s (medians of four runs each, alternating), for a peak of 0.61 GiB instead of 0.54-0.57 GiB. Where the
 * kernel offers no huge pages, or the binary has no jemalloc, the variable changes nothing. A setting the user gave
 * is kept.
 */
const PAGEFIND_ALLOCATOR = { name: '_RJEM_MALLOC_CONF', value: 'thp:always,metadata_thp:always' } as const;

/** Runs `start` with Pagefind's allocator settings in the environment it passes to the process it spawns, then puts the environment back. */
function withPagefindAllocator<T>(start: () => T): T {
  const { name, value } = PAGEFIND_ALLOCATOR;
  if (process.env[name] !== undefined) return start();
  process.env[name] = value;
  try {
    // createIndex spawns Pagefind's process before it returns its promise: the variable is needed only that long.
    return start();
  } finally {
    delete process.env[name];
  }
}

/**
 * Starts an index in Pagefind's process (started with the first) with `input`; call `finish` once every page is added,
 * or `discard`. Several indexes can be open at once, each written to a bundle of its own; the process stops once the
 * last is finished or discarded.
 */
export async function startSearchIndex(input: SearchInput): Promise<SearchIndexing> {
  openIndexes++;
  const { index, errors } = await withPagefindAllocator(() => pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE })).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  if (!index || errors.length > 0) {
    await release();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const added: Array<Promise<void>> = [];
  const track = (url: string, result: Promise<{ errors: string[] }>): void => {
    const checked = result.then(({ errors: pageErrors }) => {
      if (pageErrors.length > 0) throw new Error(`Pagefind could not index ${url}: ${pageErrors.join('; ')}`);
    });
    // Looked at in finish(); until then a failure must not surface as an unhandled rejection.
    checked.catch(() => undefined);
    added.push(checked);
  };
  const add = ({ records, pages }: SearchInput): void => {
    for (const record of records) track(record.url, index.addCustomRecord(record));
    for (const page of pages) track(page.url, index.addHTMLFile(page));
  };
  add(input);
  return {
    add,
    async finish(bundleDir) {
      try {
        await Promise.all(added);
        await dropForeignBundle(bundleDir);
        await writingBundle(bundleDir, async () => {
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          await whenBundleWritten(bundleDir);
          await pruneSearchBundle(bundleDir);
          await stabiliseSearchIndex(bundleDir);
        });
        return { pages: added.length };
      } finally {
        await release();
      }
    },
    async discard() {
      await Promise.allSettled(added);
      await index.deleteIndex().catch(() => undefined);
      await release();
    },
  };
}
