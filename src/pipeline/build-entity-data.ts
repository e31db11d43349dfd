// The data behind entity pages and the entity API: mention counts, sentences in context, related entities.
import type { EntityPageData } from './schemas.ts';
import { sentenceAt } from './sentence-spans.ts';
import type { Article, Entity } from './types.ts';

const RELATED_LIMIT = 8;
/**
 * Entities named in one paragraph are related. A paragraph naming more than this many is a list, not a story: each
 * name is then related only to the names around it, so a paragraph of 3,000 names costs 3,000 × this, not 3,000².
 */
const COMENTION_WINDOW = 16;

/** One record per entity that at least one article names; entities named nowhere get no page. */
export function buildEntityData(entities: Entity[], articles: Article[]): EntityPageData[] {
  const records = new Map<string, EntityPageData>();
  const related = new Map<string, Map<string, number>>();
  for (const entity of entities) {
    records.set(entity.id, {
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
    });
  }
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const block of article.blocks) {
      if (block.kind === 'heading' || block.mentions.length === 0) continue;
      const seenSentences = new Set<string>();
      for (const mention of block.mentions) {
        counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
        const sentence = sentenceAt(block.sentences, block.text, mention.start);
        const key = `${mention.entity} ${sentence.start}`;
        if (seenSentences.has(key)) continue;
        seenSentences.add(key);
        records.get(mention.entity)?.contexts.push({
          article: article.slug,
          source: article.source,
          paragraph: block.id,
          lang: article.lang,
          dir: article.dir,
          sentence: sentence.text,
        });
      }
      const inBlock = [...new Set(block.mentions.map((m) => m.entity))];
      for (let i = 0; i < inBlock.length; i++) {
        const from = inBlock.length > COMENTION_WINDOW ? Math.max(0, i - COMENTION_WINDOW / 2) : 0;
        const to = inBlock.length > COMENTION_WINDOW ? Math.min(inBlock.length, i + COMENTION_WINDOW / 2 + 1) : inBlock.length;
        for (let j = from; j < to; j++) if (j !== i) bump(related, inBlock[i]!, inBlock[j]!);
      }
    }
    for (const [id, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      records.get(id)?.mentions.push({ article: article.slug, source: article.source, count });
    }
  }
  const named = [...records.values()].filter((r) => r.mentions.length > 0);
  const names = new Map(named.map((r) => [r.id, r.name]));
  for (const record of named) {
    record.related = [...(related.get(record.id) ?? new Map<string, number>())]
      .filter(([id]) => names.has(id))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, RELATED_LIMIT)
      .map(([id, count]) => ({ id, name: names.get(id)!, count }));
  }
  return named.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function bump(map: Map<string, Map<string, number>>, a: string, b: string): void {
  const inner = map.get(a) ?? new Map<string, number>();
  inner.set(b, (inner.get(b) ?? 0) + 1);
  map.set(a, inner);
}
