// A description for an entity the registry does not describe, taken from how the articles introduce it.
import type { ParagraphId, Slug } from './ids.ts';
import type { Article, Entity } from './types.ts';

const ROLE_NOUNS = 'spokesperson|spokesman|spokeswoman|founder|co-founder|lawyer|attorney|ceo|chief executive|president|minister|mayor|director|chairman|chairwoman|head|owner|editor|reporter|analyst|professor|secretary|governor|senator|manager|coach|captain|leader|boss|porte-parole|fondateur|avocat|ministre|maire|directeur|président|présidente|sprecher|sprecherin|gründer|anwalt|minister|bürgermeister|direktor|portavoz|fundador|abogado|ministro|alcalde|director|presidente';

// "Jane Doe, the personal lawyer for …," / "Jane Doe, le porte-parole de …," / "Jane Doe, die Sprecherin …,"
const APPOSITION_AFTER = /^,\s+((?:the|a|an|le|la|l’|l'|un|une|der|die|das|ein|eine|el|los|un|una)\s+[^,.;:()“”"«»]{3,120}?)(?=[,.;:)])/iu;
// "Microsoft spokesperson Jane Doe" / "billionaire founder Jane Doe": what roleBefore finds, said as one expression.
export const ROLE_BEFORE = new RegExp(`((?:[\\p{L}’'-]+\\s+){0,3}(?:${ROLE_NOUNS}))\\s*,?\\s*$`, 'iu');
// ROLE_BEFORE matches exactly when the text, less its trailing spaces and comma, ends with a role noun: its words
// before the noun may be none. Tried at every one of the 80 places before each mention, it cost about 0.2 s of a
// 3,000-article build, nearly all for mentions with no role before them; this test of the last characters comes first.
const ROLE_AT_END = new RegExp(`(?:${ROLE_NOUNS})$`, 'iu');
/** Characters enough to hold the longest role noun ("chief executive"). */
const ROLE_TAIL = Math.max(...ROLE_NOUNS.split('|').map((noun) => noun.length));

/** What ROLE_BEFORE captures in `text`: the role and up to three words before it, at the end of the text. */
export function roleBefore(text: string): string | undefined {
  let end = text.trimEnd();
  if (end.endsWith(',')) end = end.slice(0, -1).trimEnd();
  if (!ROLE_AT_END.test(end.slice(-ROLE_TAIL))) return undefined;
  return ROLE_BEFORE.exec(text)?.[1];
}

/** Fills the description of every undescribed entity from its first apposition in the corpus, citing the paragraph. */
export function describeFromCorpus(entities: Entity[], articles: Article[]): Entity[] {
  const found = new Map<string, { text: string; article: Slug; paragraph: ParagraphId }>();
  for (const article of articles) {
    for (const block of article.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const mention of block.mentions) {
        if (found.has(mention.entity)) continue;
        const after = APPOSITION_AFTER.exec(block.text.slice(mention.end))?.[1];
        const before = roleBefore(block.text.slice(Math.max(0, mention.start - 80), mention.start));
        const text = after ?? before;
        if (text) found.set(mention.entity, { text: tidy(text), article: article.slug, paragraph: block.id });
      }
    }
  }
  return entities.map((entity) => {
    const description = found.get(entity.id);
    if (entity.description !== null || !description) return entity;
    return { ...entity, description: description.text, descriptionSource: { article: description.article, paragraph: description.paragraph } };
  });
}

function tidy(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
