// The HTML of an article body's tree, as hast-util-to-html writes it, for the few shapes an article holds.
//
// Written by hand because serialising the 3,000 bodies of a large build took hast-util-to-html about a second of the
// content sync, which runs alone on Astro's thread: for every attribute it looks the property up in the HTML schema
// and escapes through a general entity encoder. An article's tree holds text and elements with a known handful of
// properties, so those are written directly, with the same escapes and the same attribute names; any other element
// (an unknown property, an element with no content, which may be void, SVG, script or style) goes to hast-util-to-html.
// tests/unit/article-body-html.test.ts holds the output equal to hast-util-to-html's.
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** The HTML attribute of each property the article components set, as hast-util-to-html's schema names it. */
const ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['className', 'class'],
  ['id', 'id'],
  ['href', 'href'],
  ['ariaLabel', 'aria-label'],
  ['dataPagefindIgnore', 'data-pagefind-ignore'],
  ['dataEntity', 'data-entity'],
  ['dataNetwork', 'data-network'],
  ['dateTime', 'datetime'],
]);

/** Elements hast-util-to-html writes by other rules: raw text, foreign content, a template's own content. */
const SPECIAL = new Set(['script', 'style', 'svg', 'math', 'template']);

// hast-util-to-html's escapes (hexadecimal references): `<` and `&` in text; NUL, both quotes, `&` and the backtick
// in a double-quoted attribute value.
const TEXT_ESCAPES = /[<&]/g;
const ATTRIBUTE_ESCAPES = /[\0"&'`]/g;
const reference = (character: string): string => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

/** The HTML of `nodes`, byte for byte what hast-util-to-html writes for a root holding them. */
export function bodyHtml(nodes: readonly ElementContent[]): string {
  let html = '';
  for (const node of nodes) html += nodeHtml(node);
  return html;
}

function nodeHtml(node: ElementContent): string {
  if (node.type === 'text') return node.value.replace(TEXT_ESCAPES, reference);
  if (node.type !== 'element') return toHtml(node);
  const attributes = SPECIAL.has(node.tagName) ? null : attributesOf(node);
  // An element with no content may be void (written without a closing tag): hast-util-to-html knows which are.
  const content = attributes === null ? '' : bodyHtml(node.children);
  if (attributes === null || content === '') return toHtml(node);
  return `<${node.tagName}${attributes}>${content}</${node.tagName}>`;
}

/** The element's attributes with a leading space each, or null when one is not of the known kinds. */
function attributesOf(node: Element): string | null {
  let html = '';
  for (const key in node.properties) {
    const value = node.properties[key];
    if (value === null || value === undefined || value === false) continue;
    const name = ATTRIBUTES.get(key);
    if (name === undefined) return null;
    if (value === true) html += ` ${name}`;
    else if (typeof value === 'string') html += ` ${name}="${value.replace(ATTRIBUTE_ESCAPES, reference)}"`;
    // A class list is written space-separated and trimmed, as space-separated-tokens does for hast-util-to-html.
    else if (key === 'className' && Array.isArray(value)) html += ` ${name}="${value.join(' ').trim().replace(ATTRIBUTE_ESCAPES, reference)}"`;
    else return null;
  }
  return html;
}
