// One zod schema per kind of data; the pipeline and src/content.config.ts import the same ones.
import { z } from 'zod';

/** The kinds of entity DESIGN.md allows. */
export const entityTypeSchema = z.enum(['person', 'organization', 'product', 'place', 'event', 'work']);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** Frontmatter of a generated article MDX file. */
export const articleFrontmatterSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1),
  lang: z.string().min(2),
  dir: z.enum(['ltr', 'rtl']),
  source: z.string().min(1),
  words: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  hasHeadline: z.boolean(),
  entities: z.array(z.string()),
  excerpt: z.string(),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** One entry of content/entities.yaml, the editor's registry. */
export const registryEntrySchema = z.strictObject({
  id: z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'lowercase letters, digits and single hyphens'),
  name: z.string().min(1),
  type: entityTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
  descriptors: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
  sameAs: z.array(z.url()).default([]),
  formerIds: z.array(z.string()).default([]),
});
export type RegistryEntry = z.infer<typeof registryEntrySchema>;

/** The whole registry file. */
export const registrySchema = z.strictObject({ entities: z.array(registryEntrySchema) });

/** A source quoted for a statement: the article, its seed file, and the exact span. */
export const sourceSpanSchema = z.object({
  article: z.string(),
  source: z.string(),
  text: z.string(),
  paragraph: z.string().optional(),
});

/** One mention row of the entity API: how often an article names the entity. */
export const mentionCountSchema = z.object({
  article: z.string(),
  source: z.string(),
  count: z.number().int().positive(),
});

/** One entity as the pipeline writes it (the site adds its URL, which depends on the base path). */
export const entityRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  descriptionSource: z.object({ article: z.string(), paragraph: z.string() }).nullable(),
  sameAs: z.array(z.string()),
  mentions: z.array(mentionCountSchema),
});
export type EntityRecord = z.infer<typeof entityRecordSchema>;

/** A sentence that names an entity, with where it stands. */
export const mentionContextSchema = z.object({
  article: z.string(),
  source: z.string(),
  paragraph: z.string(),
  lang: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  sentence: z.string(),
});
export type MentionContext = z.infer<typeof mentionContextSchema>;

const relatedSchema = z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() }));

/**
 * One entry of the site's entities collection: the record without its per-article mention counts, which are three
 * quarters of it and only the JSON API lists (content/data/mentions.json holds them), with their totals instead.
 * Astro's content store is serialised and loaded whole on every build.
 */
export const entityEntrySchema = entityRecordSchema.omit({ mentions: true }).extend({
  mentioned: z.object({ articles: z.number().int(), times: z.number().int() }),
});
export type EntityEntry = z.infer<typeof entityEntrySchema>;

/**
 * content/data/related.json: the entities most often named beside each entity, by entity id. Kept out of the content
 * store: at 3,000 articles these lists were two fifths of the values Astro serialises into it in every build (its
 * devalue pass over the store 191 ms with them, 112 without).
 */
export const entityRelatedSchema = z.record(z.string(), relatedSchema);
export type EntityRelated = z.infer<typeof entityRelatedSchema>;

/** content/data/mentions.json: each entity's mention counts per article, by entity id. */
export const entityMentionsSchema = z.record(z.string(), z.array(mentionCountSchema));
export type EntityMentions = z.infer<typeof entityMentionsSchema>;

/**
 * content/data/contexts.json: each entity's sentences (contexts-file.ts packs and unpacks them). They are most of the
 * entity data, so they stay out of Astro's content store (which serialises every entry on every build) and only the
 * pages that show them read them. Each article's details and each sentence are stored once; an entity's rows are
 * [article index, paragraph, sentence index], with a digest of the sentences its page shows.
 */
export const contextsFileSchema = z.object({
  /** What the file was made from (contextsFileKey): a build that would make the same file leaves it as it is. */
  key: z.string(),
  articles: z.array(mentionContextSchema.pick({ article: true, source: true, lang: true, dir: true })),
  sentences: z.array(z.string()),
  entities: z.record(z.string(), z.object({ digest: z.string(), rows: z.array(z.tuple([z.number().int().nonnegative(), z.string(), z.number().int().nonnegative()])) })),
});
export type ContextsFile = z.infer<typeof contextsFileSchema>;

/** One entity with everything its page shows, as the pipeline makes it; written as an entry, its mentions and its contexts. */
export const entityPageDataSchema = entityRecordSchema.extend({
  related: relatedSchema,
  contexts: z.array(mentionContextSchema),
});
export type EntityPageData = z.infer<typeof entityPageDataSchema>;

/** An id that no longer names a current entity: merged into another, or gone from the corpus. */
export const retiredIdSchema = z.object({
  id: z.string(),
  name: z.string(),
  redirectTo: z.string().nullable(),
});
export type RetiredId = z.infer<typeof retiredIdSchema>;

/** content/entities.lock.json: every id a build has published, so none ever disappears. */
export const entityLockSchema = z.strictObject({
  ids: z.record(z.string(), z.object({ name: z.string(), type: entityTypeSchema })),
});
export type EntityLock = z.infer<typeof entityLockSchema>;

/** A source of a dossier statement: article, seed file, the exact span, and its paragraph anchor. */
export const dossierSourceSchema = z.object({
  article: z.string(),
  source: z.string(),
  text: z.string(),
  paragraph: z.string(),
});

/** /api/dossier.json and the data behind /dossier/. */
export const dossierSchema = z.object({
  summary: z.array(dossierSourceSchema),
  figures: z.array(
    z.object({
      id: z.string(),
      about: z.string(),
      value: z.number(),
      unit: z.string(),
      per: z.string().nullable(),
      sources: z.array(dossierSourceSchema.extend({ qualifier: z.string().nullable() })),
    }),
  ),
  quotes: z.array(
    z.object({
      id: z.string(),
      speaker: z.string().nullable(),
      text: z.string(),
      sources: z.array(dossierSourceSchema.extend({ speaker: z.string().nullable(), indirect: z.boolean() })),
    }),
  ),
  timeline: z.array(
    z.object({
      id: z.string(),
      date: z.string().nullable(),
      label: z.string(),
      precision: z.string(),
      text: z.string(),
      sources: z.array(dossierSourceSchema),
    }),
  ),
  claims: z.array(
    z.object({ id: z.string(), text: z.string(), entities: z.array(z.string()), sources: z.array(dossierSourceSchema) }),
  ),
  discrepancies: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['figure', 'speaker']),
      about: z.string(),
      variants: z.array(z.object({ text: z.string(), sources: z.array(dossierSourceSchema) })),
      sources: z.array(dossierSourceSchema),
    }),
  ),
  outlets: z.array(
    z.object({
      article: z.string(),
      source: z.string(),
      lang: z.string(),
      words: z.number(),
      cites: z.array(dossierSourceSchema.extend({ outlet: z.string() })),
      onlyClaims: z.array(z.string()),
    }),
  ),
});
export type Dossier = z.infer<typeof dossierSchema>;
