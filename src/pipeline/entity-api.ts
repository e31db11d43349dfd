// The JSON API's entity files, /api/entities/<id>.json (DESIGN.md): one entity with every sentence that names it, or
// where a retired id went. Made here from the pipeline's own data so that two writers give the same bytes: the build,
// which writes these files itself beside Astro (write-entity-api.ts), and the Astro route the dev server answers with.
import type { EntityPageData, MentionContext, RetiredId } from './schemas.ts';

/**
 * The variable a build sets to tell Astro's routes for these files, /api/entities.json and /api/dossier.json to make
 * none: the build writes them itself (write-entity-api.ts).
 */
export const ENTITY_API_WRITTEN = 'CASEBOOK_ENTITY_API_WRITTEN';

/** What an entity's API file says about it besides its sentences: the record of /api/entities.json and its neighbours. */
export type EntityApiSource = Pick<EntityPageData, 'id' | 'name' | 'type' | 'aliases' | 'description' | 'descriptionSource' | 'sameAs' | 'mentions' | 'related'>;

/** The path of entity `id`'s page under the site's `base` (which ends with a slash). */
export function entityPathUnder(base: string, id: string): string {
  return `${base}entities/${encodeURIComponent(id)}/`;
}

/**
 * Where entity `id`'s API file goes, relative to the output folder. Ids the pipeline makes are letters, digits and
 * hyphens; one read from a hand-edited lock could hold anything, and must not reach a file outside the folder.
 */
export function entityApiFile(id: string): string {
  if (/[/\\\0]/.test(id) || id === '.' || id === '..' || id === '') {
    throw new Error(`the entity id ${JSON.stringify(id)} cannot name a file of /api/entities/; correct it in the entity lock`);
  }
  return `api/entities/${id}.json`;
}

/** The body of a current entity's file: fields in the order the API has always had, whoever made the objects. */
export function entityApiBody(entity: EntityApiSource, contexts: readonly MentionContext[], base: string): unknown {
  return {
    ...recordFields(entity),
    related: entity.related.map(({ id, name, count }) => ({ id, name, count })),
    url: entityPathUnder(base, entity.id),
    contexts: contexts.map(({ article, source, paragraph, lang, dir, sentence }) => ({ article, source, paragraph, lang, dir, sentence })),
  };
}

/** What both an entity's file and its record in /api/entities.json say of it first, in that order. */
function recordFields({ id, name, type, aliases, description, descriptionSource, sameAs, mentions }: Omit<EntityApiSource, 'related'>) {
  return {
    id,
    name,
    type,
    aliases,
    description,
    descriptionSource: descriptionSource && { article: descriptionSource.article, paragraph: descriptionSource.paragraph },
    sameAs,
    mentions: mentions.map(({ article, source, count }) => ({ article, source, count })),
  };
}

/** Where /api/entities.json and /api/dossier.json go, relative to the output folder. */
export const ENTITY_LIST_FILE = 'api/entities.json';
export const DOSSIER_FILE = 'api/dossier.json';

/** The body of /api/entities.json: every entity's record, in the order given, with its mention counts and its URL. */
export function entityListBody(entities: readonly Omit<EntityApiSource, 'related'>[], base: string): unknown {
  return { entities: entities.map((entity) => ({ ...recordFields(entity), url: entityPathUnder(base, entity.id) })) };
}

/** The body of a retired id's file: its last name and the entity it now points to, if any. */
export function retiredApiBody({ id, name, redirectTo }: RetiredId, base: string): unknown {
  return { id, name, retired: true, redirectTo, url: redirectTo ? entityPathUnder(base, redirectTo) : null };
}

/** The text of every /api/ file: JSON indented by two spaces, for people who open it in a browser. */
export function apiJsonText(body: unknown): string {
  return JSON.stringify(body, null, 2);
}
