// Finding pages of a built site from its own JSON API, so browser tests do not hard-code slugs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** An article as /api/articles.json lists it. */
export interface ListedArticle {
  slug: string;
  url: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  entities: string[];
}

/** An entity as /api/entities.json lists it. */
export interface ListedEntity {
  id: string;
  url: string;
  name: string;
  type: string;
}

/** Every article of the build in `outDir`, in API order. */
export async function listArticles(outDir: string): Promise<ListedArticle[]> {
  return (JSON.parse(await readFile(join(outDir, 'api/articles.json'), 'utf8')) as { articles: ListedArticle[] }).articles;
}

/** Every entity of the build in `outDir`, in API order. */
export async function listEntities(outDir: string): Promise<ListedEntity[]> {
  return (JSON.parse(await readFile(join(outDir, 'api/entities.json'), 'utf8')) as { entities: ListedEntity[] }).entities;
}

/** The first article in language `lang`; the decoded URL path it is served at, base included. */
export async function articleIn(outDir: string, lang: string): Promise<ListedArticle & { path: string }> {
  const found = (await listArticles(outDir)).find((a) => a.lang === lang);
  if (!found) throw new Error(`the build in ${outDir} has no article in ${lang}`);
  return { ...found, path: decodeURIComponent(found.url) };
}

/** The entity page a reader would look at first: `preferred` if it exists, else the first entity listed. */
export async function showcaseEntity(outDir: string, preferred = 'elon-musk'): Promise<ListedEntity & { path: string }> {
  const entities = await listEntities(outDir);
  const found = entities.find((e) => e.id === preferred) ?? entities[0];
  if (!found) throw new Error(`the build in ${outDir} has no entity`);
  return { ...found, path: decodeURIComponent(found.url) };
}
