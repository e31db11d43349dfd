// The entity pages' data: one context per entity and sentence, mention counts per article, related names.
import { describe, expect, it } from 'vitest';
import { buildEntityData } from '../../src/pipeline/build-entity-data.ts';
import type { EntityId, ParagraphId, Slug } from '../../src/pipeline/ids.ts';
import { segmentSentences, sentenceAt, sentenceIndexAt } from '../../src/pipeline/sentence-spans.ts';
import type { Article, Block, Entity, Mention } from '../../src/pipeline/types.ts';

const entity = (id: string, name = id): Entity => ({ id: id as EntityId, name, type: 'person', aliases: [], description: null, descriptionSource: null, sameAs: [] });

/** Mentions of each name wherever it occurs in `text`, in the order of the text. */
function mentionsIn(text: string, names: Record<string, string>): Mention[] {
  const found: Mention[] = [];
  for (const [surface, id] of Object.entries(names)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) found.push({ entity: id as EntityId, start: at, end: at + surface.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function paragraph(id: string, text: string, names: Record<string, string>): Block {
  return { kind: 'paragraph', id: id as ParagraphId, text, sentences: segmentSentences(text, 'en'), mentions: mentionsIn(text, names) };
}

function article(slug: string, blocks: Block[]): Article {
  return { source: `${slug}.txt`, slug: slug as Slug, title: slug, hasHeadline: true, lang: 'en', dir: 'ltr', blocks, dropped: [], words: 0, hash: slug };
}

describe('buildEntityData', () => {
  it('keeps one context per entity and sentence, and counts every mention per article', () => {
    const names = { Ada: 'ada', Bo: 'bo' };
    const data = buildEntityData(
      [entity('ada'), entity('bo')],
      [article('one', [paragraph('p1', 'Ada met Ada. Bo left.  Ada stayed.', names)]), article('two', [paragraph('p1', 'Bo and Ada.', names)])],
    );
    const ada = data.find((d) => d.id === 'ada')!;
    expect(ada.contexts.map((c) => [c.article, c.sentence])).toEqual([
      ['one', 'Ada met Ada.'],
      ['one', 'Ada stayed.'],
      ['two', 'Bo and Ada.'],
    ]);
    expect(ada.mentions).toEqual([
      { article: 'one', source: 'one.txt', count: 3 },
      { article: 'two', source: 'two.txt', count: 1 },
    ]);
    // Sentences shared by two entities are each entity's own context.
    expect(data.find((d) => d.id === 'bo')!.contexts.map((c) => c.sentence)).toEqual(['Bo left.', 'Bo and Ada.']);
  });

  it('relates names met in one paragraph, most often first, then by id, and gives no page to a name met nowhere', () => {
    const names = { Ada: 'ada', Bo: 'bo', Cy: 'cy' };
    const data = buildEntityData(
      [entity('ada'), entity('bo'), entity('cy'), entity('dee')],
      [article('one', [paragraph('p1', 'Cy, Bo and Ada.', names), paragraph('p2', 'Ada and Cy.', names)]), article('two', [paragraph('p1', 'Bo.', names)])],
    );
    expect(data.map((d) => d.id)).toEqual(['ada', 'bo', 'cy']);
    expect(data[0]!.related).toEqual([
      { id: 'cy', name: 'cy', count: 2 },
      { id: 'bo', name: 'bo', count: 1 },
    ]);
    expect(data[1]!.related.map((r) => r.id)).toEqual(['ada', 'cy']);
  });

  it('relates a name in a long list only to the names near it', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const text = `${ids.join(', ')}.`;
    const data = buildEntityData(ids.map((id) => entity(id)), [article('list', [paragraph('p1', text, Object.fromEntries(ids.map((id) => [id, id])))])]);
    const first = data.find((d) => d.id === 'n00')!;
    // Eight names on each side at most: n00 has only later neighbours, n01 to n08.
    expect(first.related.map((r) => r.id)).toEqual(['n01', 'n02', 'n03', 'n04', 'n05', 'n06', 'n07', 'n08']);
    expect(data.find((d) => d.id === 'n29')!.related.map((r) => r.id)).toEqual(['n21', 'n22', 'n23', 'n24', 'n25', 'n26', 'n27', 'n28']);
  });

  it('ignores mentions of ids it was not given, which still take their place in a list, and lets a later entity of an id win', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const known = ids.filter((id) => id !== 'n04');
    const text = `${ids.join(', ')}.`;
    const data = buildEntityData(
      [...known.map((id) => entity(id)), entity('n00', 'Later name')],
      [article('list', [paragraph('p1', text, Object.fromEntries(ids.map((id) => [id, id])))])],
    );
    expect(data.map((d) => d.id)).toEqual(known);
    const first = data[0]!;
    expect(first.name).toBe('Later name');
    // n04 is unknown but still one of n00's eight neighbours, so n09 stays out.
    expect(first.related.map((r) => r.id)).toEqual(['n01', 'n02', 'n03', 'n05', 'n06', 'n07', 'n08']);
    expect(data[1]!.related[0]).toEqual({ id: 'n00', name: 'Later name', count: 1 });
  });
});

describe('sentenceIndexAt', () => {
  it('finds the sentence holding an offset, or -1 past every sentence', () => {
    const text = 'One. Two three. Four.';
    const spans = segmentSentences(text, 'en');
    expect(sentenceIndexAt(spans, 0)).toBe(0);
    expect(sentenceIndexAt(spans, text.indexOf('three'))).toBe(1);
    expect(sentenceIndexAt(spans, text.length - 1)).toBe(2);
    expect(sentenceIndexAt(spans, text.length)).toBe(-1);
    expect(sentenceAt(spans, text, text.length).text).toBe(text);
  });
});
