// Labels and schema.org types for the entity types, shared by entity pages and the index.
import type { EntityType } from '../pipeline/schemas.ts';

/** Plural headings for the entity index, in the order they are shown. */
export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  product: 'Products',
  place: 'Places',
  event: 'Events',
  work: 'Works',
};

/** Singular names, for a label beside one entity (the preview card). */
export const TYPE_NAMES: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  product: 'Product',
  place: 'Place',
  event: 'Event',
  work: 'Work',
};

/** The schema.org type for JSON-LD. */
export const SCHEMA_TYPES: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  product: 'Product',
  place: 'Place',
  event: 'Event',
  work: 'CreativeWork',
};

/** Serialises JSON for an inline <script>, so no text in it can close the element or open a comment. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
