// The entity data as the site reads it, in four files: the entries of Astro's entities collection (small, since the
// content store is serialised and loaded whole on every build), each entity's mention counts per article (only the
// JSON API lists them), the entities named beside it (its pages, the home page's graph and the API) and its sentences
// (only its pages show them; contexts-file.ts).
import { packContexts } from './contexts-file.ts';
import type { ContextsFile, EntityPageData, EntityEntry, EntityMentions, EntityRelated } from './schemas.ts';

/** The data files `entities`, `mentions`, `related` and `contexts` of content/data/ for these entities. */
export function entityDataFiles(entities: readonly EntityPageData[]): { entities: EntityEntry[]; mentions: EntityMentions; related: EntityRelated; contexts: ContextsFile } {
  return {
    entities: entities.map(({ id, name, type, aliases, description, descriptionSource, sameAs, mentions }) => ({
      id,
      name,
      type,
      aliases,
      description,
      descriptionSource,
      sameAs,
      mentioned: { articles: mentions.length, times: mentions.reduce((n, m) => n + m.count, 0) },
    })),
    mentions: Object.fromEntries(entities.map((e) => [e.id, e.mentions])),
    related: Object.fromEntries(entities.map((e) => [e.id, e.related])),
    contexts: packContexts(entities),
  };
}
