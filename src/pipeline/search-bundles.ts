// The site's search is two Pagefind bundles, read as one by the search page (Pagefind's mergeIndex): the articles and
// entity pages, which the build can index as soon as the entities are known, and the dossier, known only once its
// worker is done. One bundle for both kept search waiting for the dossier: Pagefind writes a bundle only once every
// page is in, and writing the 5,000 pages of the bench's 3,000 articles took 2-3 s after the dossier, when it could
// have been written while Astro rendered the site.

/** The folder of the main bundle in the site, whose pagefind.js the search page loads. */
export const SEARCH_BUNDLE = 'pagefind';

/** The folder of the dossier's bundle in the site, merged into the main one's search; it holds only index files. */
export const DOSSIER_SEARCH_BUNDLE = 'pagefind-dossier';
