// An article's MDX, as the pipeline wrote it, rendered to HTML without a JavaScript module per article.
// Compiling every MDX file into a module that Vite bundles cost most of a large build (issue 6); the pipeline's MDX
// only ever holds four components with string attributes around plain text, so satteri (the MDX parser Astro's own
// MDX support uses) parses it to a tree here and each component becomes its HTML. Nothing in an article is executed:
// an expression, an import or an unknown component is an error naming the file, never code that runs.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { CORE_SCHEMA, load } from 'js-yaml';
import { mdxToHast } from 'satteri';
import type { MDX_COMPONENTS } from '../pipeline/emit-mdx.ts';
import { ownEntry } from '../pipeline/own-entry.ts';
import { bodyHtml } from './article-body-html.ts';

/** Raise whenever the HTML made from the same MDX changes: the loader keeps an entry whose digest is unchanged. */
export const ARTICLE_HTML_VERSION = 2;

/** What the loader needs from one MDX file: its raw YAML frontmatter and its body as HTML. */
export interface RenderedArticle {
  frontmatter: string;
  html: string;
}

/** Builds a component's element from its string attributes and its already converted children. */
type ComponentRenderer = (attributes: Map<string, string>, children: ElementContent[], entityHref: (id: string) => string) => Element;

const DATE_FORMAT = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** The article components and the HTML each stands for; the MDX names are the ones emit-mdx.ts writes. */
const COMPONENTS: Record<(typeof MDX_COMPONENTS)[number], ComponentRenderer> = {
  // A body paragraph with its stable anchor, so others can link to it.
  Para: (attrs, children) => {
    const id = required(attrs, 'Para', 'id');
    const anchor = element('a', { className: ['para-anchor'], href: `#${id}`, ariaLabel: 'Link to this paragraph', dataPagefindIgnore: true }, [text('#')]);
    return element('div', { className: ['para'], id }, [...children, anchor]);
  },
  // A name, linking to its entity page: a plain link that works without JavaScript; EntityPreviews.astro enhances it.
  EntityLink: (attrs, children, entityHref) => {
    const id = required(attrs, 'EntityLink', 'id');
    return element('a', { className: ['entity'], href: entityHref(id), dataEntity: id }, children);
  },
  // A photo caption or credit, set apart from the running text.
  Caption: (attrs, children) => {
    const label = element('span', { className: ['caption-label'] }, [text('Photo caption')]);
    return element('figure', { className: ['caption'], id: required(attrs, 'Caption', 'id') }, [element('figcaption', {}, [label, ...children])]);
  },
  // A quoted social-network post: its text as a blockquote, attributed to its author and dated.
  Embed: (attrs, children) => {
    const date = attrs.get('date');
    const handle = attrs.get('handle');
    const caption: ElementContent[] = [text('— '), element('span', { className: ['embed-author'] }, [text(required(attrs, 'Embed', 'author'))])];
    if (handle) caption.push(element('span', { className: ['embed-handle'] }, [text(` (@${handle})`)]));
    if (date) caption.push(text(', '), element('time', { dateTime: date }, [text(DATE_FORMAT.format(new Date(`${date}T00:00:00Z`)))]));
    return element('figure', { className: ['embed'], id: required(attrs, 'Embed', 'id'), dataNetwork: required(attrs, 'Embed', 'network') }, [
      element('blockquote', {}, children),
      element('figcaption', {}, caption),
    ]);
  },
};

/** Renders one MDX article; `entityHref` turns an entity id into its page's URL (with the site's base). */
export function renderArticleMdx(source: string, entityHref: (id: string) => string): RenderedArticle {
  const { frontmatter, body } = splitFrontmatter(source);
  return { frontmatter, html: bodyHtml(articleBodyTree(body, entityHref)) };
}

/** The HTML tree of an MDX body (frontmatter removed), each component made its markup: what renderArticleMdx writes out. */
export function articleBodyTree(body: string, entityHref: (id: string) => string): ElementContent[] {
  const tree = mdxToHast(body, { position: false, features: { gfm: false, smartPunctuation: false, frontmatter: false } }) as Root;
  return tree.children.flatMap((node) => convert(node as RootContent, entityHref));
}

/** A node of satteri's tree: plain hast, plus MDX's JSX elements and expressions. */
type MdxHastNode = RootContent | { type: string; name?: string | null; attributes?: unknown[]; children?: unknown[] };

function convert(node: MdxHastNode, entityHref: (id: string) => string): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [node as ElementContent];
    case 'element': {
      const el = node as Element;
      return [{ ...el, children: el.children.flatMap((child) => convert(child, entityHref)) }];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const jsx = node as { name?: string | null; attributes?: unknown[]; children?: MdxHastNode[] };
      const render = jsx.name ? ownEntry(COMPONENTS, jsx.name) : undefined;
      if (!render) throw new Error(`unknown component <${jsx.name ?? ''}>; articles may only use ${Object.keys(COMPONENTS).join(', ')}`);
      const children = (jsx.children ?? []).flatMap((child) => convert(child, entityHref));
      return [render(stringAttributes(jsx.name ?? '', jsx.attributes ?? []), children, entityHref)];
    }
    default:
      // Comments, doctype and raw HTML never come from the pipeline; MDX expressions and imports would be code.
      throw new Error(`${node.type} is not allowed in an article: it would be code or raw HTML, and articles hold only text and components`);
  }
}

/** The attributes of a component, which must all be plain strings: an attribute expression would be code. */
function stringAttributes(component: string, attributes: unknown[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const attribute of attributes) {
    const { type, name, value } = attribute as { type: string; name?: string; value?: unknown };
    if (type !== 'mdxJsxAttribute' || typeof name !== 'string' || typeof value !== 'string') {
      throw new Error(`<${component}> has an attribute that is not a plain string; articles hold no expressions`);
    }
    values.set(name, value);
  }
  return values;
}

function required(attributes: Map<string, string>, component: string, name: string): string {
  const value = attributes.get(name);
  if (value === undefined) throw new Error(`<${component}> is missing its ${name} attribute`);
  return value;
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/**
 * The frontmatter's fields. js-yaml rather than the yaml package the pipeline writes it with: at 3,000 articles
 * js-yaml reads them all in 0.08-0.13 s and yaml in 0.7-1.0 s, on the build's serial path. The core schema reads
 * what YAML 1.2 does, so a title like 2023-07-14 or yes stays a string, as the pipeline meant it.
 */
export function parseFrontmatter(yaml: string): Record<string, unknown> {
  const value = load(yaml, { schema: CORE_SCHEMA });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('its frontmatter is not a YAML mapping of fields');
  return value as Record<string, unknown>;
}

/**
 * Separates the YAML frontmatter from the body. Written here because satteri's hast drops the frontmatter, and the
 * pipeline always writes it the same way: the file opens with a `---` line and the block ends at the next one.
 */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(source);
  if (!match) throw new Error('the file does not open with a YAML frontmatter block between --- lines');
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}
