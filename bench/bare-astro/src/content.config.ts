// The baseline's only collection: every MDX file the converter wrote (BENCH_BARE_CONTENT), through Astro's glob loader.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { z } from 'zod';

const contentDir = resolve(process.env['BENCH_BARE_CONTENT'] ?? 'content');

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentDir }),
  schema: z.object({ title: z.string(), lang: z.string(), dir: z.enum(['ltr', 'rtl']) }),
});

/** Astro reads this export; one collection keeps the baseline minimal. */
export const collections = { articles };
