// Search: Pagefind indexes the built site through its Node API, one index for every language.
import * as pagefind from 'pagefind';
import type { SearchRecord } from './clitic-search-records.ts';
import { pruneSearchBundle, restoreSearchBundle } from './reuse-search-bundle.ts';
import { stabiliseSearchIndex } from './stabilise-search-index.ts';

/** The language every page is indexed under, so that one search box finds pages in all of them. */
export const INDEX_LANGUAGE = 'en';

/**
 * Indexes the HTML in `siteDir`, plus `records` for pages indexed from text, into `siteDir/pagefind`; throws with
 * Pagefind's errors. `keptBundle` is the last build's bundle (see reuse-search-bundle.ts), whose unchanged files are kept.
 */
export async function indexSearch(siteDir: string, records: SearchRecord[], keptBundle?: string): Promise<{ pages: number }> {
  const bundleDir = `${siteDir}/pagefind`;
  if (keptBundle) await restoreSearchBundle(keptBundle, bundleDir);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    for (const record of records) {
      const { errors: recordErrors } = await index.addCustomRecord(record);
      if (recordErrors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${recordErrors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    await pruneSearchBundle(bundleDir);
    await stabiliseSearchIndex(bundleDir);
    return { pages: added.page_count + records.length };
  } finally {
    await pagefind.close();
  }
}
