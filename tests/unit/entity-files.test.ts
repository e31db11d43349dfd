// The entity data split into what Astro's content store keeps (small entries with mention totals), what only the JSON
// API lists (mention counts per article) and what pages read themselves (related entities, sentences): nothing is lost.
import { describe, expect, test } from 'vitest';
import { unpackContexts } from '../../src/pipeline/contexts-file.ts';
import { entityDataFiles } from '../../src/pipeline/entity-files.ts';
import { contextsFileSchema, entityEntrySchema, type EntityPageData } from '../../src/pipeline/schemas.ts';

const entity = (id: string, counts: number[]): EntityPageData => ({
  id, name: id.toUpperCase(), type: 'organization', aliases: [], description: null, descriptionSource: null, sameAs: [],
  mentions: counts.map((count, i) => ({ article: `article-${i}`, source: `${i}.txt`, count })),
  related: [{ id: 'other', name: 'Other', count: 1 }],
  contexts: counts.map((_, i) => ({ article: `article-${i}`, source: `${i}.txt`, paragraph: 'p1', lang: 'en', dir: 'ltr' as const, sentence: `${id} was named in ${i}.` })),
});

describe('entityDataFiles', () => {
  const entities = [entity('acme', [3, 1, 2]), entity('globex', [1])];
  const { files } = entityDataFiles(entities, 'v1');

  test('gives each entry its mention totals instead of its per-article counts, sentences and related entities', () => {
    expect(files.entities.map((e) => [e.id, e.mentioned])).toEqual([['acme', { articles: 3, times: 6 }], ['globex', { articles: 1, times: 1 }]]);
    for (const entry of files.entities) {
      expect(entityEntrySchema.parse(entry)).toEqual(entry);
      expect(Object.keys(entry)).not.toContain('mentions');
      expect(Object.keys(entry)).not.toContain('contexts');
      expect(Object.keys(entry)).not.toContain('related');
    }
  });

  test('keeps every per-article count, related entity and sentence, by entity', () => {
    for (const e of entities) {
      expect(files.mentions[e.id]).toEqual(e.mentions);
      expect(files.related[e.id]).toEqual(e.related);
      expect(unpackContexts(contextsFileSchema.parse(files.contexts.make()), e.id)).toEqual(e.contexts);
    }
  });
});
