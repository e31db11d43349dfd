// Search: Pagefind indexes the site through its Node API, one index for every language. Articles go in as records
// (article-search-records.ts) as soon as the pipeline is done, so Pagefind's own process indexes them on the second
// core while Astro renders; the pages only Astro makes (entity pages, the dossier) are read from the built site after.
import * as pagefind from 'pagefind';
import type { SearchRecord } from './article-search-records.ts';
import { pruneSearchBundle, restoreSearchBundle } from './reuse-search-bundle.ts';
import { stabiliseSearchIndex } from './stabilise-search-index.ts';

/** The language every page is indexed under, so that one search box finds pages in all of them. */
export const INDEX_LANGUAGE = 'en';

/** The built pages Pagefind reads, below the site folder: the ones that are not indexed from a record. */
const PAGES_FROM_HTML = '{entities,dossier}/**/*.html';

/** An index being filled: records are going in; the built pages and the bundle follow once the site is written. */
export interface SearchIndexing {
  /**
   * Reads the built pages of `siteDir` and writes the bundle to `siteDir/pagefind`; throws with Pagefind's errors.
   * `keptBundle` is the last build's bundle (see reuse-search-bundle.ts), whose unchanged files are kept.
   */
  finish(siteDir: string, keptBundle?: string): Promise<{ pages: number }>;
  /** Stops Pagefind without writing anything, for a build that failed before its site was written. */
  abandon(): Promise<void>;
}

/** Starts Pagefind and hands it `records` at once, without waiting for it to index them. */
export async function startSearchIndex(records: SearchRecord[]): Promise<SearchIndexing> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const recordCount = records.length;
  const added = Promise.all(
    records.map(async (record) => {
      const { errors: recordErrors } = await index.addCustomRecord(record);
      if (recordErrors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${recordErrors.join('; ')}`);
    }),
  );
  // Looked at in finish(); until then a failure must not surface as an unhandled rejection.
  added.catch(() => undefined);
  return {
    async finish(siteDir, keptBundle) {
      const bundleDir = `${siteDir}/pagefind`;
      try {
        await added;
        if (keptBundle) await restoreSearchBundle(keptBundle, bundleDir);
        const read = await index.addDirectory({ path: siteDir, glob: PAGES_FROM_HTML });
        if (read.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${read.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: bundleDir });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pruneSearchBundle(bundleDir);
        await stabiliseSearchIndex(bundleDir);
        return { pages: read.page_count + recordCount };
      } finally {
        await pagefind.close();
      }
    },
    abandon: async () => {
      await pagefind.close();
    },
  };
}
