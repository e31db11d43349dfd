// Articles whose text would run, import, or turn into markup if it were ever glued into MDX or HTML as a string.
import { paragraphId, titleToSlug } from '../../src/pipeline/ids.ts';
import { segmentSentences } from '../../src/pipeline/sentence-spans.ts';
import type { Article, Block } from '../../src/pipeline/types.ts';

/** Text that would run, import, or turn into markup if it were glued into MDX as a string. */
export const HOSTILE = [
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  'export const x = 1',
  "import fs from 'node:fs'",
  '# heading',
  '*em*',
  '[a](javascript:x)',
  '<https://x.y>',
  '---',
  'Musk wrote {x} and <b>bold</b> & more',
  '<!-- a comment -->',
  '{/* a comment */}',
  '<Para id="p9">',
  '</Para>',
  '```js',
  '> quoted',
  '1. listed',
  '- listed',
  'Section 2 #',
  '&amp; &#123; &copy;',
  'a trailing backslash \\',
  'an escaped brace \\{',
];

/** An article with `text` as its title and as the text of a paragraph, a heading, a caption and an embed. */
export function hostileArticle(text: string): Article {
  const sentences = segmentSentences(text, 'en');
  const blocks: Block[] = [
    { kind: 'paragraph', id: paragraphId(1), text, sentences, mentions: [] },
    { kind: 'heading', text },
    { kind: 'caption', id: paragraphId(2), text, sentences, mentions: [] },
    { kind: 'embed', id: paragraphId(3), network: 'tweet', text, author: 'Jane Doe', handle: 'jane', date: '2023-04-19', sentences, mentions: [] },
  ];
  return {
    source: 'hostile.txt',
    slug: titleToSlug(text, 'hostile'),
    title: text,
    hasHeadline: true,
    lang: 'en',
    dir: 'ltr',
    blocks,
    dropped: [],
    words: 3,
    hash: 'a'.repeat(64),
  };
}
