// Which outlets an article cites: "according to the New York Times", "as reported by Engadget", "consulted by AFP".
import type { EntityId } from '../ids.ts';
import type { EntityType } from '../schemas.ts';
import type { Article } from '../types.ts';
import type { SourceSpan } from './dossier-types.ts';

/** An outlet an article names as its source, with the words that say so. */
export interface OutletClue extends SourceSpan {
  outlet: EntityId;
}

const CUES = /(?:according to|as reported by|reported by|consulted by|obtained by|seen by|told|in an interview with|cited by|selon|d['’]après|rapporte|laut|berichtet|según|informó|secondo|segundo|وفق[اًا]*|بحسب|حسب|لتقرير|نقلا عن|نقلًا عن)\s*(?:the\s+|la\s+|le\s+|die\s+|der\s+|el\s+)?$/iu;

/** The organisations an article cites as its sources, each with the cue and name as written. */
export function findOutletClues(article: Article, types: ReadonlyMap<string, EntityType>): OutletClue[] {
  const clues: OutletClue[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const mention of block.mentions) {
      if (types.get(mention.entity) !== 'organization') continue;
      const before = block.text.slice(Math.max(0, mention.start - 30), mention.start);
      // In "وفقًا لنيويورك" the preposition ل is attached to the name, which the mention already includes.
      const cue = CUES.exec(before);
      if (!cue) continue;
      clues.push({
        article: article.slug,
        source: article.source,
        paragraph: block.id,
        lang: article.lang,
        text: block.text.slice(mention.start - cue[0].length, mention.end),
        outlet: mention.entity,
      });
    }
  }
  return clues;
}
