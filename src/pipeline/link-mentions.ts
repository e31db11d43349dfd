// Link: every name in every block becomes a mention of its entity; descriptors count only beside a name.
import type { NameMatcher } from './match-names.ts';
import type { Article, Block, Mention } from './types.ts';

/** The texts linking reads: every block but headings, which carry no mentions. */
export function linkedTexts(article: Article): string[] {
  return article.blocks.filter((block) => !isHeading(block)).map((block) => block.text);
}

const isHeading = (block: Block): boolean => block.kind === 'heading';

/** Returns the articles with mentions filled in; entities named nowhere are left for the caller to drop. */
export function linkMentions(articles: Article[], matcher: NameMatcher): Article[] {
  return articles.map((article) => {
    const found = article.blocks.map((block) => (isHeading(block) ? [] : matcher.match(block.text)));
    const named = new Set(found.flat().filter((m) => m.kind === 'name').map((m) => m.entity));
    const blocks = article.blocks.map((block, i): Block => {
      if (block.kind === 'heading') return block;
      const mentions: Mention[] = found[i]!
        .filter((m) => m.kind === 'name' || named.has(m.entity))
        .map(({ entity, start, end }) => ({ entity, start, end }));
      return { ...block, mentions };
    });
    return { ...article, blocks };
  });
}
