// The texts of an article that the dossier's per-paragraph readers (figures, dates) read: paragraphs and embedded posts.
import type { Article, Block } from '../types.ts';

/** A block that states facts in running text. */
export type StatedBlock = Extract<Block, { kind: 'paragraph' | 'embed' }>;

/** Each paragraph and embedded post of an article, with its text and the article's language, in reading order. */
export function statedTexts(article: Pick<Article, 'blocks' | 'lang'>): Array<{ block: StatedBlock; text: string; lang: string }> {
  return article.blocks
    .filter((block): block is StatedBlock => block.kind === 'paragraph' || block.kind === 'embed')
    .map((block) => ({ block, text: block.text, lang: article.lang }));
}
