// Search pages for the entities: the part of each entity page that search reads, made from the pipeline's data, so
// that Pagefind can index every page while Astro renders instead of reading the built site after it. Pagefind takes
// these as HTML (addHTMLFile) rather than as records because the name and aliases carry ranking weights, which only
// its HTML attributes express: an entity page ranks first for its own name. The sentences that name the entity are
// left out on purpose: found through the articles they come from, they would make each entity page rank for its
// neighbours' names.
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { EntityPageData } from './schemas.ts';

/** A page as Pagefind's Node API takes it in `addHTMLFile`: its URL below the site's base and its HTML. */
export interface SearchPage {
  url: string;
  content: string;
}

/** Weights Pagefind gives words in an entity's name and in its other spellings, against 1 for the description. */
const NAME_WEIGHT = '10';
const ALIAS_WEIGHT = '5';

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** One search page per entity: name, type, description and other spellings, with the filters of an entity page. */
export function entitySearchPages(entities: readonly EntityPageData[]): SearchPage[] {
  return entities.map((entity) => {
    const body: ElementContent[] = [
      element('h1', { dataPagefindMeta: 'title', dataPagefindWeight: NAME_WEIGHT }, [text(entity.name)]),
      element('p', {}, [element('span', { dataPagefindFilter: 'type' }, [text(entity.type)])]),
      ...(entity.description ? [element('p', {}, [text(entity.description)])] : []),
      ...(entity.aliases.length > 0 ? [element('p', { dataPagefindWeight: ALIAS_WEIGHT }, [text(`Also written: ${entity.aliases.join(', ')}`)])] : []),
    ];
    const article = element('article', { dataPagefindBody: '', dataPagefindFilter: 'kind:entity' }, body);
    const html = element('html', { lang: 'en' }, [element('body', {}, [article])]);
    return { url: `/entities/${encodeURIComponent(entity.id)}/`, content: `<!doctype html>${toHtml(html)}` };
  });
}
