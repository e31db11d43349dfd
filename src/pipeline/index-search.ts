// Search: Pagefind builds one index for every language through its Node API, from what the pipeline made rather than
// from the built site: articles and the dossier as records, entity pages as small HTML pages of their searchable part.
// So the whole bundle is written in Pagefind's own process, on the second core, while Astro renders the site (at
// 3,000 articles Pagefind's stage took 11-13 s after Astro when it read the built pages).
import * as pagefind from 'pagefind';
import type { SearchRecord } from './article-search-records.ts';
import type { SearchPage } from './entity-search-pages.ts';
import { dropForeignBundle, pruneSearchBundle } from './reuse-search-bundle.ts';
import { stabiliseSearchIndex } from './stabilise-search-index.ts';

/** The language every page is indexed under, so that one search box finds pages in all of them. */
export const INDEX_LANGUAGE = 'en';

/** Everything search covers: pages indexed from text, and pages indexed from the HTML of their searchable part. */
export interface SearchInput {
  records: SearchRecord[];
  pages: SearchPage[];
}

/**
 * Writes the search bundle for `input` into `bundleDir`, where the last build's bundle may be: its files that are
 * still right are kept (see reuse-search-bundle.ts) and the rest removed. Throws with Pagefind's errors.
 */
export async function writeSearchIndex(input: SearchInput, bundleDir: string): Promise<{ pages: number }> {
  await dropForeignBundle(bundleDir);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = [
      ...input.records.map(async (record) => ({ url: record.url, ...(await index.addCustomRecord(record)) })),
      ...input.pages.map(async (page) => ({ url: page.url, ...(await index.addHTMLFile(page)) })),
    ];
    for (const { url, errors: pageErrors } of await Promise.all(added)) {
      if (pageErrors.length > 0) throw new Error(`Pagefind could not index ${url}: ${pageErrors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    await pruneSearchBundle(bundleDir);
    await stabiliseSearchIndex(bundleDir);
    return { pages: added.length };
  } finally {
    await pagefind.close();
  }
}
