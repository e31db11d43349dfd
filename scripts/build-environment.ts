// The variables a build sets for itself and for Astro's thread, which takes a copy of the environment when it starts.
import { randomUUID } from 'node:crypto';
import { ENTITY_API_WRITTEN } from '../src/pipeline/entity-api.ts';
import { BUILD_TOKEN_VARIABLE } from '../src/pipeline/pending-file.ts';
import { DATA_WRITTEN_BY_BUILD } from '../src/pipeline/data-written.ts';

/** Where one build reads and writes, as the command line gave it. */
export interface BuildSettings {
  contentDir: string;
  outDir: string;
  /** The site's base path, ending with a slash. */
  base: string;
  site: string;
}

/** The variables to set before Astro starts: where it reads and writes (astro.config.mjs reads them), and how it builds. */
export function buildEnvironment({ contentDir, outDir, base, site }: BuildSettings): Record<string, string> {
  return {
    CASEBOOK_CONTENT: contentDir,
    CASEBOOK_OUT: outDir,
    CASEBOOK_BASE: base,
    CASEBOOK_SITE: site,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A production build whatever the shell says: Astro keeps a NODE_ENV it finds, and under NODE_ENV=test (as in the
    // test runner) it built the same pages of 520 articles in 28.6 s instead of 7.0 s.
    NODE_ENV: 'production',
    // This build writes /api/entities/<id>.json itself, beside Astro (write-entity-api.ts).
    [ENTITY_API_WRITTEN]: '1',
    // And content/data/ from typed values, just before Astro reads it (write-content.ts).
    [DATA_WRITTEN_BY_BUILD]: '1',
    // Tells this build's markers from those of an earlier process that had the same id (pending-file.ts).
    [BUILD_TOKEN_VARIABLE]: randomUUID(),
  };
}
