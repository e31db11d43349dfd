// Astro's view of what the pipeline wrote: the same zod schemas, Astro's own glob() and file() loaders.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { articleFrontmatterSchema } from './pipeline/schemas.ts';

const contentDir = resolve(process.env.CASEBOOK_CONTENT ?? 'content');

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: resolve(contentDir, 'articles'), generateId: ({ data }) => String(data['slug']) }),
  schema: articleFrontmatterSchema,
});

export const collections = { articles };
