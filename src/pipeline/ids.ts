// Branded identifiers, made only here, so that a title can never stand where an id belongs.
import { createHash } from 'node:crypto';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** URL segment of an article page: `/articles/<slug>/`. */
export type Slug = Brand<string, 'Slug'>;
/** Permanent id of an entity: `/entities/<id>/`. */
export type EntityId = Brand<string, 'EntityId'>;
/** Anchor of a paragraph inside an article page, stable across builds. */
export type ParagraphId = Brand<string, 'ParagraphId'>;

const MAX_SLUG_LENGTH = 80;

/** Lowercases and keeps letters and digits of any script, joined by hyphens, so slugs read in every language. */
function toKebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .match(/[\p{L}\p{N}]+/gu)
    ?.join('-') ?? '';
}

/** Cuts a kebab string at a hyphen so a slug never ends in half a word. */
function cutAtHyphen(kebab: string, max: number): string {
  if (kebab.length <= max) return kebab;
  const cut = kebab.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? kebab.slice(0, cut) : kebab.slice(0, max);
}

/** Makes the readable slug of an article from its title; `fallback` serves when the title has no letters. */
export function titleToSlug(title: string, fallback: string): Slug {
  const slug = cutAtHyphen(toKebab(title), MAX_SLUG_LENGTH) || cutAtHyphen(toKebab(fallback), MAX_SLUG_LENGTH);
  return (slug || 'article') as Slug;
}

/** Gives an article whose slug is taken a deterministic suffix made from its seed file name. */
export function disambiguateSlug(slug: Slug, source: string): Slug {
  return `${slug}-${shortHash(source)}` as Slug;
}

/** Makes an entity id from a name, as the registry and discovery both need. */
export function nameToEntityId(name: string): EntityId {
  return (cutAtHyphen(toKebab(name), 60) || `entity-${shortHash(name)}`) as EntityId;
}

/** Accepts an id written by an editor or a lock file, after checking its shape. */
export function parseEntityId(raw: string): EntityId {
  if (!/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(raw)) {
    throw new Error(`"${raw}" is not an entity id: use lowercase letters, digits and single hyphens`);
  }
  return raw as EntityId;
}

/** Accepts a slug read back from generated frontmatter. */
export function parseSlug(raw: string): Slug {
  return raw as Slug;
}

/** Anchor of the n-th paragraph (1-based) of an article; positions are stable for an unchanged seed. */
export function paragraphId(position: number): ParagraphId {
  return `p${position}` as ParagraphId;
}

/** Six hex digits of SHA-256: short, stable suffixes. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}
