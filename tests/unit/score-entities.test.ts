import { describe, expect, test } from 'vitest';
import { scoreEntities, type ApiEntity, type GoldEntity } from '../helpers/score-entities.ts';

const files = { '01': 'a.txt', '02': 'b.txt' };
const gold: GoldEntity[] = [
  { id: 'jane-doe', name: 'Jane Doe', type: 'person', aliases: ['Doe'], files: ['01', '02'] },
  { id: 'acme', name: 'Acme', type: 'organization', aliases: [], files: ['01'] },
  { id: 'photo-credit', name: 'Pat Lens', type: 'person', aliases: [], files: ['02'], optional: true },
];
const api = (id: string, name: string, type: string, sources: string[], aliases: string[] = []): ApiEntity => ({
  id, name, type, aliases, mentions: sources.map((source) => ({ article: source, source, count: 1 })),
});

describe('the entity scorer', () => {
  test('gives 1 for a perfect answer, whatever the ids', () => {
    const score = scoreEntities(gold, files, [api('doe', 'Jane Doe', 'person', ['a.txt', 'b.txt']), api('acme-corp', 'Acme', 'organization', ['a.txt'])]);
    expect(score).toMatchObject({ precision: 1, recall: 1, f1: 1, typeAccuracy: 1 });
  });

  test('counts an entity missing from one file against recall', () => {
    const score = scoreEntities(gold, files, [api('jane-doe', 'Jane Doe', 'person', ['a.txt']), api('acme', 'Acme', 'organization', ['a.txt'])]);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.falseNegatives).toEqual(['jane-doe@02']);
  });

  test('counts an invented entity and a split duplicate against precision', () => {
    const score = scoreEntities(gold, files, [
      api('jane-doe', 'Jane Doe', 'person', ['a.txt', 'b.txt']),
      api('doe', 'Doe', 'person', ['b.txt']),
      api('acme', 'Acme', 'organization', ['a.txt']),
      api('monday', 'Monday', 'organization', ['a.txt']),
    ]);
    expect(score.precision).toBeCloseTo(3 / 5);
  });

  test('neither rewards nor penalises optional entities', () => {
    const withOptional = scoreEntities(gold, files, [api('jane-doe', 'Jane Doe', 'person', ['a.txt', 'b.txt']), api('acme', 'Acme', 'organization', ['a.txt']), api('pat-lens', 'Pat Lens', 'person', ['b.txt'])]);
    expect(withOptional.f1).toBe(1);
    const inAnotherFile = scoreEntities(gold, files, [api('jane-doe', 'Jane Doe', 'person', ['a.txt', 'b.txt']), api('acme', 'Acme', 'organization', ['a.txt']), api('pat-lens', 'Pat Lens', 'person', ['a.txt'])]);
    expect(inAnotherFile.f1).toBe(1);
  });

  test('reports entities of the wrong type', () => {
    const score = scoreEntities(gold, files, [api('jane-doe', 'Jane Doe', 'organization', ['a.txt', 'b.txt']), api('acme', 'Acme', 'organization', ['a.txt'])]);
    expect(score.typeAccuracy).toBe(0.5);
    expect(score.wrongTypes).toEqual(['jane-doe (person)']);
  });
});
