// Emit: an Article becomes an MDX file, built as a syntax tree and serialised, so seed text always stays text.
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxJsxToMarkdown } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schemas.ts';
import type { Article, Block, Mention } from './types.ts';

/** Names of the MDX components the site supplies; the article page maps each to an Astro component. */
export const MDX_COMPONENTS = ['Para', 'Caption', 'Embed', 'EntityLink'] as const;

const EXCERPT_LENGTH = 240;

/** The frontmatter of an article, checked against the schema the site's content collection uses. */
export function articleToFrontmatter(article: Article): ArticleFrontmatter {
  const firstParagraph = article.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  const entities = [...new Set(article.blocks.flatMap((b) => ('mentions' in b ? b.mentions.map((m) => m.entity) : [])))];
  return articleFrontmatterSchema.parse({
    title: article.title,
    slug: article.slug,
    lang: article.lang,
    dir: article.dir,
    source: article.source,
    words: article.words,
    hash: article.hash,
    hasHeadline: article.hasHeadline,
    entities: entities.sort(),
    excerpt: truncate(firstParagraph, EXCERPT_LENGTH),
  });
}

/** Serialises an article to MDX: YAML frontmatter, then body blocks as MDX components around plain text. */
export function articleToMdx(article: Article): string {
  return toMarkdown(articleToTree(article), MDX_OPTIONS);
}

/** The syntax tree of an article's MDX file, before it is serialised. */
export function articleToTree(article: Article): Root {
  const yaml = stringify(articleToFrontmatter(article), { lineWidth: 0 }).trimEnd();
  return { type: 'root', children: [{ type: 'yaml', value: yaml }, ...article.blocks.map(blockToNode)] };
}

/** Characters that some construct of Markdown or MDX may read as syntax wherever they stand in a line. */
const MAYBE_SYNTAX = /[\t\n\r!#&*+<=>[\\\]_`{|}~\u007F]/;

/**
 * True when `value`, written between `before` and `after`, holds nothing the serialiser would escape. Only the
 * characters above, a line-start construct ("1.", "- ", "(" after "]") or a blank before a line break need escapes;
 * a text that starts a line must start with a letter.
 */
function needsNoEscape(value: string, before: string, after: string): boolean {
  if (MAYBE_SYNTAX.test(value)) return false;
  if (/[\r\n][\t ]*$/.test(before) && !/^\p{L}/u.test(value)) return false;
  if (value.startsWith('(') && before.endsWith(']')) return false;
  return !(/[\t ]$/.test(value) && /^[\r\n]/.test(after));
}

/**
 * Text passes through as it is when it needs no escape, and otherwise goes to the library's own handler. Written here
 * because the library tries each of its forty-odd escape patterns on every text: at 3,000 articles that was 4.4 s of
 * the 6.1 s spent serialising on the main thread, for texts of which most need nothing escaped.
 */
const text: Handle = (node: Text, parent, state, info) =>
  needsNoEscape(node.value, info.before, info.after) ? node.value : defaultHandlers.text(node, parent, state, info);

/** A handler and, as the serialiser looks for it, a `peek` that gives the first character it would write. */
type PeekingHandle = Handle & { peek?: Handle };

const libraryJsxText: PeekingHandle = mdxJsxToMarkdown().handlers!['mdxJsxTextElement']!;

/**
 * A name link whose attributes are plain strings around one text that needs no escape is written as the library would
 * write it (a double quote in a value becomes a reference, nothing else changes); any other goes to the library's
 * handler. Written here because the library's handler tracks positions and builds an escape expression for every
 * attribute: at 3,000 articles, about 125,000 links took most of the 2.2 s that serialising spent in it.
 */
const nameLink: PeekingHandle = (node: MdxJsxTextElement, parent, state, info) => {
  const [child, ...others] = node.children;
  if (!node.name || others.length > 0 || child?.type !== 'text' || !needsNoEscape(child.value, '>', '<')) return libraryJsxText(node, parent, state, info);
  let attributes = '';
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return libraryJsxText(node, parent, state, info);
    attributes += ` ${attribute.name}="${attribute.value.replaceAll('"', '&#x22;')}"`;
  }
  return `<${node.name}${attributes}>${child.value}</${node.name}>`;
};
if (libraryJsxText.peek) nameLink.peek = libraryJsxText.peek;

/** How article trees are serialised: YAML frontmatter and MDX elements, with the fast paths for plain text and links above. */
export const MDX_OPTIONS: Options = { extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown()], handlers: { text, mdxJsxTextElement: nameLink } };

function blockToNode(block: Block): RootContent {
  switch (block.kind) {
    case 'heading':
      return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
    case 'paragraph':
      return jsxFlow('Para', { id: block.id }, [paragraph(block.text, block.mentions)]);
    case 'caption':
      return jsxFlow('Caption', { id: block.id }, [paragraph(block.text, block.mentions)]);
    case 'embed':
      return jsxFlow(
        'Embed',
        { id: block.id, network: block.network, author: block.author, handle: block.handle, date: block.date },
        [paragraph(block.text, block.mentions)],
      );
  }
}

/** A paragraph whose mentions become `<EntityLink id="…">` around the exact text of the mention. */
function paragraph(text: string, mentions: Mention[]): Paragraph {
  const children: PhrasingContent[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < at) continue;
    if (mention.start > at) children.push({ type: 'text', value: text.slice(at, mention.start) });
    children.push(jsxText('EntityLink', { id: mention.entity }, text.slice(mention.start, mention.end)));
    at = mention.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return { type: 'paragraph', children };
}

function attributes(values: Record<string, string | null>): MdxJsxAttribute[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

function jsxFlow(name: string, values: Record<string, string | null>, children: BlockContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(values), children };
}

function jsxText(name: string, values: Record<string, string | null>, text: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(values), children: [{ type: 'text', value: text }] };
}

/** Cuts text at a word boundary and marks the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max).replace(/\s+\S*$/u, '');
  return `${cut || text.slice(0, max)}…`;
}
