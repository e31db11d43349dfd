// Article MDX rendered to HTML in the content layer: the pipeline's text stays text, and nothing in an MDX file runs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'ultrahtml';
import { articleToMdx } from '../../src/pipeline/emit-mdx.ts';
import { paragraphId, parseEntityId } from '../../src/pipeline/ids.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { articleToFrontmatter } from '../../src/pipeline/emit-mdx.ts';
import { parseFrontmatter, renderArticleMdx, splitFrontmatter } from '../../src/site/article-html.ts';
import { elementsIn, visibleText } from '../helpers/html.ts';
import { HOSTILE, hostileArticle } from '../helpers/hostile-article.ts';

const href = (id: string) => `/base/entities/${id}/`;
const render = (article: Article) => parse(renderArticleMdx(articleToMdx(article), href).html);

describe('renderArticleMdx on what the pipeline writes', () => {
  test.each(HOSTILE)('shows %j as the same text in every block, with no element made from it', (text) => {
    const html = render(hostileArticle(text));
    const made = ['script', 'b', 'em', 'a', 'h1', 'ul', 'ol', 'pre', 'code', 'hr', 'blockquote'].flatMap((tag) => elementsIn(html, tag));
    // The only elements are the components' own: the paragraph anchor and the embed's blockquote.
    expect(made.map((el) => `${el.name}.${el.attributes['class'] ?? ''}`).sort()).toEqual(['a.para-anchor', 'blockquote.']);
    expect(visibleText(elementsIn(html, '.para > p')[0]!)).toBe(visibleText(parse(`<p>${escapeHtml(text)}</p>`)));
    expect(elementsIn(html, 'h2').map(visibleText)).toEqual([visibleText(parse(`<p>${escapeHtml(text)}</p>`))]);
    expect(elementsIn(html, 'figcaption > p')).toHaveLength(1);
    expect(elementsIn(html, 'blockquote > p')).toHaveLength(1);
  });

  test('keeps any text exactly, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }).filter((t) => t.trim() !== '' && !/[\p{Cc}\p{Cs}\p{Cn}\u2028\u2029]/u.test(t)), (text) => {
        const html = render(hostileArticle(text));
        const para = elementsIn(html, '.para > p')[0];
        expect(para && visibleText(para)).toBe(visibleText(parse(`<p>${escapeHtml(text)}</p>`)));
      }),
      { numRuns: 300 },
    );
  });

  test('makes each component its markup: anchored paragraphs, linked names, captions and attributed embeds', () => {
    const article: Article = {
      ...hostileArticle('unused'),
      blocks: [
        { kind: 'paragraph', id: paragraphId(1), text: 'Jane Doe met Acme.', sentences: [[0, 18]], mentions: [{ start: 0, end: 8, entity: parseEntityId('jane-doe') }, { start: 13, end: 17, entity: parseEntityId('acme') }] },
        { kind: 'caption', id: paragraphId(2), text: 'Photo: Acme', sentences: [[0, 11]], mentions: [] },
        { kind: 'embed', id: paragraphId(3), network: 'tweet', text: 'Hello', author: 'Jane Doe', handle: 'jane', date: '2023-04-19', sentences: [[0, 5]], mentions: [] },
      ],
    };
    const html = render(article);
    const links = elementsIn(html, 'a').filter((a) => a.attributes['class'] === 'entity');
    expect(links.map((a) => [a.attributes['href'], a.attributes['data-entity'], visibleText(a)])).toEqual([
      ['/base/entities/jane-doe/', 'jane-doe', 'Jane Doe'],
      ['/base/entities/acme/', 'acme', 'Acme'],
    ]);
    const anchor = elementsIn(html, '#p1 > a')[0];
    expect(anchor?.attributes).toMatchObject({ href: '#p1', 'aria-label': 'Link to this paragraph' });
    expect(anchor && 'data-pagefind-ignore' in anchor.attributes).toBe(true);
    expect(elementsIn(html, '#p1').map((el) => [el.name, el.attributes['class']])).toEqual([['div', 'para']]);
    expect(elementsIn(html, '#p2').map((el) => [el.name, el.attributes['class']])).toEqual([['figure', 'caption']]);
    expect(elementsIn(html, '.caption-label').map(visibleText)).toEqual(['Photo caption']);
    expect(elementsIn(html, '#p3').map((f) => [f.name, f.attributes['class'], f.attributes['data-network']])).toEqual([['figure', 'embed', 'tweet']]);
    expect(elementsIn(html, '.embed figcaption').map(visibleText)).toEqual(['— Jane Doe (@jane), April 19, 2023']);
    expect(elementsIn(html, 'time').map((t) => t.attributes['datetime'])).toEqual(['2023-04-19']);
  });

  test('returns the frontmatter the pipeline wrote', () => {
    const mdx = articleToMdx(hostileArticle('A title'));
    expect(renderArticleMdx(mdx, href).frontmatter).toBe(splitFrontmatter(mdx).frontmatter);
    expect(splitFrontmatter(mdx).frontmatter).toMatch(/^title: A title$/m);
  });
});

describe('parseFrontmatter on what the pipeline writes', () => {
  // The pipeline writes YAML with the yaml package and the loader reads it with js-yaml: the fields must survive both.
  const readBack = (article: Article) => parseFrontmatter(splitFrontmatter(articleToMdx(article)).frontmatter);

  test.each([...HOSTILE, '2023-07-14', 'yes', 'no', 'null', '~', '0x1F', '1e3', '.inf', '0o17', '+12', 'true', ': colon', '- dash', '@at', '%percent', "it's", '"quoted"', '#hash'])(
    'reads back a title of %j as the same string',
    (text) => {
      const article = hostileArticle(text);
      expect(readBack(article)).toEqual(articleToFrontmatter(article));
    },
  );

  test('reads back every field exactly, whatever the title and text hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }).filter((t) => t.trim() !== '' && !/[\p{Cc}\p{Cs}\p{Cn}\u2028\u2029\uFEFF]/u.test(t)), (text) => {
        const article = hostileArticle(text);
        expect(readBack(article)).toEqual(articleToFrontmatter(article));
      }),
      { numRuns: 500 },
    );
  });

  test('refuses frontmatter that is not a mapping', () => {
    expect(() => parseFrontmatter('- a list')).toThrow(/not a YAML mapping/);
    expect(() => parseFrontmatter('just text')).toThrow(/not a YAML mapping/);
  });
});

describe('renderArticleMdx on MDX that the pipeline never writes', () => {
  const frontmatter = '---\ntitle: x\n---\n\n';
  test.each([
    ['an expression', '{process.exit(1)}'],
    ['an import', "import fs from 'node:fs'\n\nText."],
    ['an export', 'export const x = globalThis.process.exit(1)\n\nText.'],
    ['an unknown component', '<Script src="x" />'],
    ['a script element', '<script>{alert(1)}</script>'],
    ['an attribute expression', '<Para id={process.exit(1)}>\n  Text.\n</Para>'],
    ['a spread attribute', '<Para {...props}>\n  Text.\n</Para>'],
    ['a component without its id', '<Para>\n  Text.\n</Para>'],
    ['a name that only an object has', '<constructor>\n  Text.\n</constructor>'],
  ])('refuses %s with a message instead of running it', (_what, body) => {
    expect(() => renderArticleMdx(`${frontmatter}${body}\n`, href)).toThrow(/not allowed|unknown component|not a plain string|missing its id/);
  });

  test('refuses a file without frontmatter', () => {
    expect(() => renderArticleMdx('<Para id="p1">\n  Text.\n</Para>\n', href)).toThrow(/frontmatter/);
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
