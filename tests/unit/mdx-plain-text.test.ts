// The MDX serialiser lets text through unescaped when it needs no escape: its files must be byte for byte what the
// library's own escaping writes, for any text, wherever it stands (paragraph start, beside a name link, line end).
import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, test, vi } from 'vitest';
import { articleToTree, MDX_OPTIONS } from '../../src/pipeline/emit-mdx.ts';
import { paragraphId, parseEntityId } from '../../src/pipeline/ids.ts';
import type { Article, Block, Mention } from '../../src/pipeline/types.ts';
import { HOSTILE, hostileArticle } from '../helpers/hostile-article.ts';

/** What the library writes with its own text handler, against which the fast path is checked. */
const LIBRARY_OPTIONS = { extensions: MDX_OPTIONS.extensions ?? [] };

/** Every ASCII punctuation mark, blanks, line breaks, digits, letters of three scripts and a few typographic marks. */
const ALPHABET = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  ' ', ' ', ' ', '\t', '\n', '\r', '\u007F', '\u00A0',
  ...'0123456789', ...'aZéß', ...'مي', '’', '“', '”', '…', '—', '€',
];
const char = fc.constantFrom(...ALPHABET);
/** Texts made mostly of words, so that plain runs and their edges come up as often as odd characters. */
const prose = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Musk', 'said', 'the', 'Twitter', 'data') }, { weight: 2, arbitrary: char }), { maxLength: 24 }).map((parts) => parts.join(''));

/** A paragraph block with name links over the given (start, length) spans that fit the text. */
function paragraphWithLinks(position: number, text: string, spans: Array<[number, number]>): Block {
  const mentions: Mention[] = [];
  let at = 0;
  for (const [offset, length] of spans) {
    const start = at + offset;
    const end = start + Math.max(1, length);
    if (end > text.length) break;
    mentions.push({ entity: parseEntityId('elon-musk'), start, end });
    at = end;
  }
  return { kind: 'paragraph', id: paragraphId(position), text, sentences: [], mentions };
}

const article = (blocks: Block[]): Article => ({ ...hostileArticle('Plain title'), blocks });

describe('MDX serialisation of plain text', () => {
  test('writes exactly what the library writes, for random text with name links anywhere in it', () => {
    const block = fc.tuple(prose, fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const tree = articleToTree(
          article(blocks.map(([text, spans, heading], i) => (heading ? { kind: 'heading', text } : paragraphWithLinks(i + 1, text, spans)))),
        );
        expect(toMarkdown(tree, MDX_OPTIONS)).toBe(toMarkdown(tree, LIBRARY_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  test('writes exactly what the library writes beside links, emphasis and code too', () => {
    // Articles hold none of these today; the fast path must stay right if they ever do.
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
      { weight: 4, arbitrary: prose.map((value): PhrasingContent => ({ type: 'text', value })) },
      prose.map((value): PhrasingContent => ({ type: 'link', url: 'https://example.org/a', children: [{ type: 'text', value }] })),
      prose.map((value): PhrasingContent => ({ type: 'linkReference', identifier: 'a', label: 'a', referenceType: 'shortcut', children: [{ type: 'text', value }] })),
      prose.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })),
      prose.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] })),
      prose.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
      fc.constant<PhrasingContent>({ type: 'break' }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(phrasing, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const tree: Root = { type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children })) };
        expect(toMarkdown(tree, MDX_OPTIONS)).toBe(toMarkdown(tree, LIBRARY_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  test('writes JSX text elements exactly as the library does, whatever their attributes and children', () => {
    // The name links' fast path must hand over anything it does not write itself: expressions, several or no
    // children, fragments, and values with quotes, ampersands or line breaks.
    const value = fc.oneof(prose, fc.constantFrom('"', '""x"', '&amp;', "it's", 'a\nb', '', 'elon-musk'));
    const attribute = fc.oneof(
      { weight: 4, arbitrary: fc.record({ name: fc.constantFrom('id', 'data-x', 'title'), value }).map((a): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', ...a })) },
      fc.constant<MdxJsxAttribute>({ type: 'mdxJsxAttribute', name: 'hidden', value: null }),
      fc.constant<MdxJsxAttribute>({ type: 'mdxJsxAttribute', name: 'n', value: { type: 'mdxJsxAttributeValueExpression', value: '1 + 1' } }),
    );
    const element = fc
      .record({
        name: fc.constantFrom('EntityLink', 'Other', null),
        attributes: fc.array(attribute, { maxLength: 3 }),
        children: fc.array(prose.map((text): PhrasingContent => ({ type: 'text', value: text })), { maxLength: 2 }),
      })
      .filter((e) => e.name !== null || e.attributes.length === 0)
      .map((e): PhrasingContent => ({ type: 'mdxJsxTextElement', ...e }));
    const phrasing = fc.oneof(prose.map((text): PhrasingContent => ({ type: 'text', value: text })), element);
    fc.assert(
      fc.property(fc.array(fc.array(phrasing, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const tree: Root = { type: 'root', children: paragraphs.map((children) => ({ type: 'paragraph', children })) };
        expect(toMarkdown(tree, MDX_OPTIONS)).toBe(toMarkdown(tree, LIBRARY_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  test.each(HOSTILE)('writes hostile text %j exactly as the library escapes it', (text) => {
    const tree = articleToTree(hostileArticle(text));
    expect(toMarkdown(tree, MDX_OPTIONS)).toBe(toMarkdown(tree, LIBRARY_OPTIONS));
  });

  test('writes plain prose beside name links itself, and hands the library only text that needs escaping', () => {
    // Guards the speed-up itself, which the tests above cannot see: the output is the same either way.
    const library = vi.spyOn(defaultHandlers, 'text');
    try {
      const blocks = [
        paragraphWithLinks(1, 'Elon Musk said on Friday that Twitter would sue Microsoft, according to a filing.', [[0, 9], [21, 7]]),
        paragraphWithLinks(2, 'Its lawyers wrote that “the data” was misused (in 2022), Musk said.', [[57, 4]]),
        paragraphWithLinks(3, '1. listed', []),
      ];
      toMarkdown(articleToTree(article(blocks)), MDX_OPTIONS);
      expect(library.mock.calls.map(([node]) => (node as { value: string }).value)).toEqual(['1. listed']);
    } finally {
      library.mockRestore();
    }
  });
});
