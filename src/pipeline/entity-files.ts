// The entity data as the site reads it, in four files: the entries of Astro's entities collection (small, since the
// content store is serialised and loaded whole on every build), each entity's mention counts per article (only the
// JSON API lists them), the entities named beside it (its pages, the home page's graph and the API) and its sentences
// (only its pages show them; contexts-file.ts).
import { contextsDigests, contextsFileKey, packContexts } from './contexts-file.ts';
import type { EntityEntry, EntityMentions, EntityPageData, EntityRelated } from './schemas.ts';
import { KeyedData } from './write-content.ts';

/**
 * The data files `entities`, `mentions`, `related` and `contexts` of content/data/ for these entities, made by the
 * code of pipeline `version`, and each entity's digest of its sentences (contextsDigests). contexts.json, the largest
 * (11 MB at 3,000 articles), is keyed: packed and written only when the file there does not already hold it.
 */
export function entityDataFiles(
  entities: readonly EntityPageData[],
  version: string,
): { files: { entities: EntityEntry[]; mentions: EntityMentions; related: EntityRelated; contexts: KeyedData }; sentencesDigests: Map<string, string> } {
  const sentencesDigests = contextsDigests(entities);
  const key = contextsFileKey(version, sentencesDigests);
  return {
    files: {
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
      contexts: new KeyedData(key, () => packContexts(entities, key, sentencesDigests)),
    },
    sentencesDigests,
  };
}
