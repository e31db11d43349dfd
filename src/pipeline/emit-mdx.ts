// Emit: an Article becomes an MDX file, built as a syntax tree and serialised, so seed text always stays text.
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
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
  const yaml = stringify(articleToFrontmatter(article), { lineWidth: 0 }).trimEnd();
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...article.blocks.map(blockToNode)] };
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown()] });
}

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
