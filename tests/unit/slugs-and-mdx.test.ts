// Slugs and ids made from titles and names, and MDX in which a seed's text always stays text.
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { assignSlugs } from '../../src/pipeline/assign-slugs.ts';
import { articleToFrontmatter, articleToMdx } from '../../src/pipeline/emit-mdx.ts';
import { disambiguateSlug, nameToEntityId, parseEntityId, titleToSlug } from '../../src/pipeline/ids.ts';
import type { IngestedArticle } from '../../src/pipeline/ingest.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { HOSTILE, hostileArticle } from '../helpers/hostile-article.ts';

describe('titleToSlug', () => {
  test.each([
    ['an English title', 'Twitter accuses Microsoft of misusing its data', 'twitter-accuses-microsoft-of-misusing-its-data'],
    ['a title with punctuation and digits', '2023: the year Twitter sued? (Maybe.)', '2023-the-year-twitter-sued-maybe'],
    ['an accented French title', 'Élection présidentielle : les résultats à Besançon', 'election-presidentielle-les-resultats-a-besancon'],
    ['a German title', 'Twitter wirft Microsoft Datenmissbrauch vor', 'twitter-wirft-microsoft-datenmissbrauch-vor'],
    ['an Arabic title', 'تويتر تتهم مايكروسوفت', 'تويتر-تتهم-مايكروسوفت'],
    ['an Arabic title with vowel marks', 'تُويتر تتّهم مايكروسوفت', 'تويتر-تتهم-مايكروسوفت'],
    ['a possessive title', "Elon Musk's Twitter accuses Microsoft", 'elon-musks-twitter-accuses-microsoft'],
    ['a possessive title with a typographic apostrophe', 'Elon Musk’s Twitter accuses Microsoft', 'elon-musks-twitter-accuses-microsoft'],
  ])('makes a readable slug from %s', (_what, title, slug) => {
    expect(titleToSlug(title, 'fallback')).toBe(slug);
  });

  test('falls back to the file name when the title has no letters or digits', () => {
    expect(titleToSlug('!!! — …', '004_f7ca410aa35bc666')).toBe('004-f7ca410aa35bc666');
  });

  test('cuts a long title at a hyphen, within 80 characters', () => {
    const title = 'Twitter accuses Microsoft of misusing its data, breaching its developer agreement and sharing it with government agencies';
    const slug = titleToSlug(title, 'fallback');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^twitter-accuses-microsoft-of-misusing-its-data-[\p{L}\p{N}-]*[\p{L}\p{N}]$/u);
    // Whole words only: the slug is the full kebab form cut just before a hyphen.
    const full = title.toLowerCase().replace(/,/g, '').split(' ').join('-');
    expect(full.startsWith(`${slug}-`)).toBe(true);
  });
});

describe('disambiguateSlug', () => {
  const slug = titleToSlug('Twitter accuses Microsoft', 'x');

  test('adds a suffix of six hex digits made from the file name, the same on every run', () => {
    const once = disambiguateSlug(slug, '003_1c9d991324b4a0d7.txt');
    expect(once).toMatch(/^twitter-accuses-microsoft-[0-9a-f]{6}$/);
    expect(disambiguateSlug(slug, '003_1c9d991324b4a0d7.txt')).toBe(once);
  });

  test('gives different files different suffixes', () => {
    expect(disambiguateSlug(slug, 'a.txt')).not.toBe(disambiguateSlug(slug, 'b.txt'));
  });
});

describe('assignSlugs', () => {
  function ingested(source: string, title: string): IngestedArticle {
    return { source, title, hasHeadline: true, lang: 'en', dir: 'ltr', blocks: [], dropped: [], words: 4, hash: '0'.repeat(64) };
  }

  const corpus = [
    ingested('b.txt', 'Twitter accuses Microsoft'),
    ingested('a.txt', 'Twitter Accuses Microsoft!'),
    ingested('d.txt', 'Microsoft responds'),
    ingested('c.txt', 'Twitter accuses Microsoft'),
  ];

  function permutations<T>(items: T[]): T[][] {
    if (items.length <= 1) return [items];
    return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
  }

  function slugsBySource(articles: Article[]): Record<string, string> {
    return Object.fromEntries(articles.map((a) => [a.source, a.slug]));
  }

  test('lets the article whose file name sorts first keep a shared slug and suffixes the others', () => {
    const slugs = slugsBySource(assignSlugs(corpus));
    expect(slugs['a.txt']).toBe('twitter-accuses-microsoft');
    expect(slugs['b.txt']).toBe(disambiguateSlug(titleToSlug('Twitter accuses Microsoft', 'b'), 'b.txt'));
    expect(slugs['c.txt']).toBe(disambiguateSlug(titleToSlug('Twitter accuses Microsoft', 'c'), 'c.txt'));
    expect(slugs['d.txt']).toBe('microsoft-responds');
    expect(new Set(Object.values(slugs)).size).toBe(4);
  });

  test.each(permutations(corpus).map((order) => [order.map((a) => a.source).join(' '), order] as const))(
    'gives the same slugs whatever the input order (%s)',
    (_order, order) => {
      expect(slugsBySource(assignSlugs(order))).toEqual(slugsBySource(assignSlugs(corpus)));
      expect(assignSlugs(order).map((a) => a.source)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    },
  );

  test('does not rename an article when a file that sorts after it is added', () => {
    const before = slugsBySource(assignSlugs(corpus));
    const after = slugsBySource(assignSlugs([...corpus, ingested('e.txt', 'Twitter accuses Microsoft')]));
    expect(after).toMatchObject(before);
    expect(after['e.txt']).toMatch(/^twitter-accuses-microsoft-[0-9a-f]{6}$/);
  });
});

describe('entity ids', () => {
  test.each([
    ['Elon Musk', 'elon-musk'],
    ['Microsoft Corp.', 'microsoft-corp'],
    ['Élysée', 'elysee'],
    ['OpenAI’s', 'openais'],
    ['إيلون ماسك', 'ايلون-ماسك'],
  ])('makes the id of %j: %s', (name, id) => {
    expect(nameToEntityId(name)).toBe(id);
  });

  test('makes a stable id from a hash when a name has no letters or digits', () => {
    expect(nameToEntityId('!!!')).toMatch(/^entity-[0-9a-f]{6}$/);
    expect(nameToEntityId('!!!')).toBe(nameToEntityId('!!!'));
  });

  test.each(['elon-musk', 'x', 'openai-2', 'ايلون-ماسك'])('accepts the id %j', (raw) => {
    expect(parseEntityId(raw)).toBe(raw);
  });

  test.each(['Elon Musk', 'elon--musk', '-elon', 'elon-', 'Elon-Musk', 'elon_musk', ''])('refuses the id %j and says what ids look like', (raw) => {
    expect(() => parseEntityId(raw)).toThrow(`"${raw}" is not an entity id: use lowercase letters, digits and single hyphens`);
  });
});

describe('articleToMdx', () => {
  /** Splits MDX into its YAML frontmatter and its body. */
  function splitFrontmatter(mdx: string): { yaml: string; body: string } {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
    if (!match) throw new Error(`the MDX does not start with a frontmatter block:\n${mdx}`);
    return { yaml: match[1] ?? '', body: mdx.slice(match[0].length) };
  }

  /**
   * The body's blocks as written: a component's indented content or a heading's text. This is a string-level reading,
   * because micromark-extension-mdxjs, which would parse MDX back into a tree, is not installed.
   */
  function bodyBlocks(body: string): Array<{ kind: string; written: string }> {
    return body
      .trim()
      .split('\n\n')
      .map((chunk) => {
        const component = /^<(Para|Caption|Embed)(?: [^\n]*)?>\n((?: {2}[^\n]*\n?)+)<\/\1>$/.exec(chunk);
        if (component) return { kind: component[1] ?? '', written: (component[2] ?? '').trimEnd().replace(/^ {2}/gm, '') };
        const heading = /^## ([^\n]*)$/.exec(chunk);
        if (heading) return { kind: 'heading', written: heading[1] ?? '' };
        throw new Error(`unexpected chunk in the MDX body:\n${chunk}`);
      });
  }

  /** What CommonMark reads in written text: backslash escapes of ASCII punctuation and numeric character references. */
  function decode(written: string): string {
    return written.replace(/\\([!-/:-@[-`{-~])|&#[xX]([0-9a-fA-F]{1,6});|&#(\d{1,7});/g, (_all, escaped?: string, hex?: string, dec?: string) =>
      escaped ?? String.fromCodePoint(hex === undefined ? Number(dec) : parseInt(hex, 16)),
    );
  }

  /** Every `{` and `<` that is not escaped with a backslash: each would open an expression or a tag. */
  function unescapedOpeners(written: string): string[] {
    const found: string[] = [];
    for (let i = 0; i < written.length; i++) {
      if (written[i] === '\\') i++;
      else if (written[i] === '{' || written[i] === '<') found.push(`${written[i]} at ${i}`);
    }
    return found;
  }

  test.each(HOSTILE)('writes %j so that it stays text', (text) => {
    const article = hostileArticle(text);
    const mdx = articleToMdx(article);
    const { yaml, body } = splitFrontmatter(mdx);

    // No ESM: no line of the body starts with import or export at column 0.
    expect(body.split('\n').filter((line) => /^(?:import|export)\b/.test(line))).toEqual([]);

    const blocks = bodyBlocks(body);
    expect(blocks.map((b) => b.kind)).toEqual(['Para', 'heading', 'Caption', 'Embed']);
    for (const block of blocks) {
      // No expression and no HTML or JSX tag: every { and < from the text is escaped with a backslash.
      expect(unescapedOpeners(block.written)).toEqual([]);
      // And the text reads back exactly as it came in.
      expect(decode(block.written)).toBe(text);
    }

    // The frontmatter reads back as the frontmatter the site's schema checked, hostile title included.
    expect(parseYaml(yaml)).toEqual(articleToFrontmatter(article));
    expect(articleToFrontmatter(article).title).toBe(text);
  });

  test('writes the component tags of the article, with its anchors and the embed attribution as attributes', () => {
    const { body } = splitFrontmatter(articleToMdx(hostileArticle('Lawsuit time.')));
    expect(body.split('\n').filter((line) => line.startsWith('<'))).toEqual([
      '<Para id="p1">',
      '</Para>',
      '<Caption id="p2">',
      '</Caption>',
      '<Embed id="p3" network="tweet" author="Jane Doe" handle="jane" date="2023-04-19">',
      '</Embed>',
    ]);
  });
});
