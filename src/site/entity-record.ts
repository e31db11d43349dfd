// An entity as the JSON API shows it (DESIGN.md): the collection's entry with its mention counts per article put back
// from content/data/mentions.json, and its URL; without what only the site's pages use.
import type { EntityEntry, EntityRecord } from '../pipeline/schemas.ts';
import { entityMentions } from './pipeline-data.ts';
import { entityPath } from './urls.ts';

/** The API record of one entity, fields in the order /api/entities.json has always had them. */
export async function entityRecord(entry: EntityEntry): Promise<EntityRecord & { url: string }> {
  const { id, name, type, aliases, description, descriptionSource, sameAs } = entry;
  return { id, name, type, aliases, description, descriptionSource, sameAs, mentions: await entityMentions(id), url: entityPath(id) };
}
