// Writes what the site reads: one MDX file per article and JSON data files, replacing the previous build's.
// The JSON is written compact: it is read by Astro, not by people, and at thousands of articles indentation is a third of it.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleToMdx } from './emit-mdx.ts';
import type { Article } from './types.ts';

/** Folder names under the content folder that the pipeline owns and rewrites on every build. */
export const GENERATED_DIRS = { articles: 'articles', data: 'data' } as const;

/** Replaces the generated articles and data with this build's; the editor's files beside them are untouched. */
export async function writeContent(contentDir: string, articles: Article[], data: Record<string, unknown>): Promise<void> {
  const articlesDir = join(contentDir, GENERATED_DIRS.articles);
  const dataDir = join(contentDir, GENERATED_DIRS.data);
  await rm(articlesDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  await Promise.all(articles.map((a) => writeFile(join(articlesDir, `${a.slug}.mdx`), articleToMdx(a))));
  await Promise.all(
    Object.entries(data).map(([name, value]) => writeFile(join(dataDir, `${name}.json`), `${JSON.stringify(value)}\n`)),
  );
}
