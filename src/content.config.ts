// Astro's view of what the pipeline wrote: the same zod schemas; articles through our MDX loader, the entities through
// a loader that keeps unchanged entries (site/entries-loader.ts), the retired ids through file(); each reads only once
// the build has written the content (site/wait-for-content.ts).
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { resolve } from 'node:path';
import { z } from 'zod';
import { articleLoader } from './site/article-loader.ts';
import { keptEntriesLoader } from './site/entries-loader.ts';
import { articleHtmlFile, contentDir } from './site/content-paths.ts';
import { afterContentWritten } from './site/wait-for-content.ts';
import { articleFrontmatterSchema, entityEntrySchema, retiredIdSchema } from './pipeline/schemas.ts';

const articles = defineCollection({
  loader: afterContentWritten(articleLoader(resolve(contentDir, 'articles'), articleHtmlFile, articleFrontmatterSchema)),
  schema: articleFrontmatterSchema,
});

const entities = defineCollection({
  loader: afterContentWritten(keptEntriesLoader(resolve(contentDir, 'data/entities.json'), entityEntrySchema)),
  schema: entityEntrySchema,
});

// One entry ("all") holding the list, so a build with nothing retired is not an empty collection.
const retired = defineCollection({
  loader: afterContentWritten(file(resolve(contentDir, 'data/retired.json'))),
  schema: z.object({ ids: z.array(retiredIdSchema) }),
});

// The entities' sentences (data/contexts.json) and the dossier (data/dossier.json) are read by the pages that show
// them (site/pipeline-data.ts), not kept in the content store.
export const collections = { articles, entities, retired };
