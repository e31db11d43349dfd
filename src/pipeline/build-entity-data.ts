// The data behind entity pages and the entity API: mention counts, sentences in context, related entities.
import type { EntityPageData } from './schemas.ts';
import { sentenceIndexAt } from './sentence-spans.ts';
import type { Article, Entity } from './types.ts';

const RELATED_LIMIT = 8;
/**
 * Entities named in one paragraph are related. A paragraph naming more than this many is a list, not a story: each
 * name is then related only to the names around it, so a paragraph of 3,000 names costs 3,000 × this, not 3,000².
 */
const COMENTION_WINDOW = 16;

/**
 * One record per entity that at least one article names; entities named nowhere get no page. Entities are counted by
 * their position in `entities`, not by id: at 3,000 articles (125,000 mentions, about half a million pairs of names
 * met in one paragraph) the maps keyed by id strings took 0.4 s of a rebuild's main thread.
 */
export function buildEntityData(entities: Entity[], articles: Article[]): EntityPageData[] {
  const at = new Map<string, number>();
  const records = entities.map((entity, i): EntityPageData => {
    // A later entity of the same id takes its place, as in a map by id.
    at.set(entity.id, i);
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      description: entity.description,
      descriptionSource: entity.descriptionSource,
      sameAs: entity.sameAs,
      mentions: [],
      contexts: [],
      related: [],
    };
  });
  // related[i] counts, by position, the entities named in a paragraph with entity i.
  const related: Array<Map<number, number> | undefined> = [];
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const block of article.blocks) {
      if (block.kind === 'heading' || block.mentions.length === 0) continue;
      // Each sentence is cut out of the text once, however many names it holds (by span; 0 is "no span").
      const sentences: string[] = [];
      const seenSentences = new Set<number>();
      for (const mention of block.mentions) {
        counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
        const i = at.get(mention.entity);
        if (i === undefined) continue;
        const found = sentenceIndexAt(block.sentences, mention.start);
        const [start, end] = found < 0 ? [0, block.text.length] : block.sentences[found]!;
        // One context per entity and sentence start, as one number: exact while starts are below 2^32 and there are
        // fewer than 2^21 entities (2^53, the largest exact integer, over 2^32).
        const key = i * 2 ** 32 + start;
        if (seenSentences.has(key)) continue;
        seenSentences.add(key);
        const sentence = (sentences[found + 1] ??= block.text.slice(start, end).trim());
        records[i]!.contexts.push({ article: article.slug, source: article.source, paragraph: block.id, lang: article.lang, dir: article.dir, sentence });
      }
      const inBlock = [...new Set(block.mentions.map((m) => m.entity))].map((id) => at.get(id));
      for (let i = 0; i < inBlock.length; i++) {
        const from = inBlock[i];
        if (from === undefined) continue;
        const counted = (related[from] ??= new Map());
        const first = inBlock.length > COMENTION_WINDOW ? Math.max(0, i - COMENTION_WINDOW / 2) : 0;
        const last = inBlock.length > COMENTION_WINDOW ? Math.min(inBlock.length, i + COMENTION_WINDOW / 2 + 1) : inBlock.length;
        for (let j = first; j < last; j++) {
          const to = inBlock[j];
          if (j !== i && to !== undefined) counted.set(to, (counted.get(to) ?? 0) + 1);
        }
      }
    }
    for (const [id, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const i = at.get(id);
      if (i !== undefined) records[i]!.mentions.push({ article: article.slug, source: article.source, count });
    }
  }
  const named = records.filter((r, i) => r.mentions.length > 0 && at.get(r.id) === i);
  for (const record of named) {
    record.related = [...(related[at.get(record.id)!] ?? [])]
      .filter(([i]) => records[i]!.mentions.length > 0)
      .map(([i, count]) => ({ id: records[i]!.id, name: records[i]!.name, count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
      .slice(0, RELATED_LIMIT);
  }
  return named.sort((a, b) => (a.id < b.id ? -1 : 1));
}
