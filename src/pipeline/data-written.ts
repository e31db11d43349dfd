// The variable by which a build tells the pages that it wrote content/data/ itself. Its own module, as the pages import
// it: from write-content.ts they loaded the MDX writer and its mdast libraries, which they never use, in every build.

/**
 * Set by a build that writes content/data/ itself before Astro reads it (scripts/build-environment.ts): its pages take
 * the data files as the pipeline wrote them from typed values, where a bare `astro build` checks them against their
 * schemas first (at 3,000 articles the check of contexts.json's 124,000 rows took about 0.1 s of Astro's thread).
 */
export const DATA_WRITTEN_BY_BUILD = 'CASEBOOK_DATA_WRITTEN';
