// Site URLs in one place, with Astro's base in front, so a sub-path deployment keeps every link.
import { entityPathUnder } from '../pipeline/entity-api.ts';

/** Astro's base, always ending with a slash. */
export const siteBase = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path of any page of the site, given without a leading slash. */
export function sitePath(path = ''): string {
  return `${siteBase}${path}`;
}

/** Path of an article page. */
export function articlePath(slug: string): string {
  return sitePath(`articles/${encodeURIComponent(slug)}/`);
}

/** Path of an entity page. */
export function entityPath(id: string): string {
  return entityPathUnder(siteBase, id);
}

/** Human name of a language tag, the same one the search filters use. */
export { languageName } from '../pipeline/language-name.ts';
