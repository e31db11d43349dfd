// The dossier and the lookups its pages need, read once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Dossier } from '../pipeline/schemas.ts';
import { readDossier } from './pipeline-data.ts';
import { articlePath } from './urls.ts';

/** Everything the dossier pages show, with titles and names for the ids they hold. */
export interface DossierView {
  dossier: Dossier;
  titles: Map<string, string>;
  names: Map<string, string>;
  /** Short labels of the articles in seed order ("A1", "A2"…), for the claims table. */
  labels: Map<string, string>;
  /** Link to the paragraph a statement came from. */
  sourceHref: (source: { article: string; paragraph: string }) => string;
}

/** The articles in the order of their seed files: the order of the lists, and of the labels that number them. */
export async function articlesInSeedOrder(): Promise<Array<CollectionEntry<'articles'>['data']>> {
  return (await getCollection('articles')).map((a) => a.data).sort((a, b) => (a.source < b.source ? -1 : 1));
}

/** The short label of the article at `index` in seed order, which the dossier's tables and the article list show. */
export const articleLabel = (index: number): string => `A${index + 1}`;

/** Loads the dossier with the titles, names and labels its pages show. */
export async function loadDossier(): Promise<DossierView> {
  const dossier = await readDossier();
  const articles = await articlesInSeedOrder();
  const entities = await getCollection('entities');
  return {
    dossier,
    titles: new Map(articles.map((a) => [a.slug, a.title])),
    names: new Map(entities.map((e) => [e.data.id, e.data.name])),
    labels: new Map(articles.map((a, i) => [a.slug, articleLabel(i)])),
    sourceHref: (s) => `${articlePath(s.article)}#${s.paragraph}`,
  };
}
