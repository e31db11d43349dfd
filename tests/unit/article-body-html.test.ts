// An article body's HTML must be byte for byte what hast-util-to-html writes for the same tree.
import fc from 'fast-check';
import type { ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { articleToMdx } from '../../src/pipeline/emit-mdx.ts';
import { paragraphId, parseEntityId } from '../../src/pipeline/ids.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { bodyHtml } from '../../src/site/article-body-html.ts';
import { articleBodyTree, splitFrontmatter } from '../../src/site/article-html.ts';
import { HOSTILE, hostileArticle } from '../helpers/hostile-article.ts';

const reference = (nodes: ElementContent[]): string => toHtml({ type: 'root', children: nodes });

/** Text with every character the escapes care about, and some they must leave alone. */
const tricky = fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", '`', '\0', '=', '/', 'é', '😀', '\n', '\t', '&amp;') });

/** Property values of every kind hast allows, so that the known ones are written and the rest handed over. */
const propertyValue = fc.oneof(
  tricky,
  fc.constantFrom(true, false, null, undefined, 0, 3, Number.NaN, ''),
  fc.array(fc.oneof(tricky, fc.constantFrom('', ' ', 'para')), { maxLength: 3 }),
);

/** The article components' properties, and others hast-util-to-html knows (some boolean, some lists) or does not. */
const propertyName = fc.constantFrom(
  'className', 'id', 'href', 'ariaLabel', 'dataPagefindIgnore', 'dataEntity', 'dataNetwork', 'dateTime',
  'title', 'hidden', 'download', 'tabIndex', 'accept', 'dataFoo', 'fooBar',
);

const tagName = fc.constantFrom('p', 'a', 'div', 'span', 'figure', 'figcaption', 'blockquote', 'time', 'br', 'img', 'hr', 'svg', 'script', 'style', 'template', 'math', 'B');

const { node } = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tricky.map((value): ElementContent => ({ type: 'text', value })),
    fc.record({
      tagName,
      properties: fc.dictionary(propertyName, propertyValue, { maxKeys: 4 }) as fc.Arbitrary<Properties>,
      children: fc.array(tie('node'), { maxLength: 3 }),
    }).map((el): ElementContent => ({ type: 'element', ...el })),
    fc.constant<ElementContent>({ type: 'comment', value: 'a <comment> & more' }),
  ),
}));

const href = (id: string) => `/base/entities/${id}/`;
const bodyOf = (article: Article) => articleBodyTree(splitFrontmatter(articleToMdx(article)).body, href);

describe('bodyHtml', () => {
  test('writes any tree as hast-util-to-html does', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), (nodes) => {
        expect(bodyHtml(nodes)).toBe(reference(nodes));
      }),
      { numRuns: 2000 },
    );
  });

  test.each(HOSTILE)('writes the article made of %j as hast-util-to-html does', (text) => {
    const tree = bodyOf(hostileArticle(text));
    expect(bodyHtml(tree)).toBe(reference(tree));
  });

  test('writes linked names, anchors, captions and dated embeds as hast-util-to-html does', () => {
    const text = 'Jane "J" Doe & <Acme> met `O\'Brien`.';
    const article: Article = {
      ...hostileArticle('unused'),
      blocks: [
        { kind: 'paragraph', id: paragraphId(1), text, sentences: [[0, text.length]], mentions: [{ start: 0, end: 12, entity: parseEntityId('jane-doe') }, { start: 15, end: 21, entity: parseEntityId('acme') }] },
        { kind: 'caption', id: paragraphId(2), text: 'Photo: <Acme> & co', sentences: [[0, 18]], mentions: [] },
        { kind: 'embed', id: paragraphId(3), network: 'tweet', text: 'Hello & bye', author: 'Jane "J" Doe', handle: 'j&d', date: '2023-04-19', sentences: [[0, 11]], mentions: [] },
      ],
    };
    const tree = bodyOf(article);
    // The tree holds every component, so that the comparison covers each one's attributes.
    expect(JSON.stringify(tree)).toContain('"dataEntity":"acme"');
    expect(JSON.stringify(tree)).toContain('"dateTime":"2023-04-19"');
    expect(bodyHtml(tree)).toBe(reference(tree));
  });
});
