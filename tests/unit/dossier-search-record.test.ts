import { describe, expect, test } from 'vitest';
import { dossierSearchRecord } from '../../src/pipeline/dossier-search-record.ts';
import type { Dossier } from '../../src/pipeline/schemas.ts';

const source = { article: 'a', source: 'a.txt', text: 'span', paragraph: 'p1' };

describe('the dossier search record', () => {
  test('carries the statements of every part of the dossier, with the filters and title of the dossier page', () => {
    const dossier: Dossier = {
      summary: [{ ...source, text: 'The ministry opened the plant.' }],
      figures: [{ id: 'f1', about: 'litres of water a day', value: 5, unit: 'count', per: null, sources: [{ ...source, qualifier: null }] }],
      quotes: [{ id: 'q1', speaker: null, text: 'We will not stop', sources: [{ ...source, speaker: null, indirect: false }] }],
      timeline: [{ id: 't1', date: '2023-04-19', label: '19 April 2023', precision: 'day', text: 'The plant opened.', sources: [source] }],
      claims: [{ id: 'c1', text: 'Farmers were not consulted.', entities: [], sources: [source] }],
      discrepancies: [{ id: 'd1', kind: 'figure', about: 'the cost', variants: [{ text: '$4 million', sources: [source] }], sources: [source] }],
      outlets: [],
    };
    const record = dossierSearchRecord(dossier, 'en');
    expect(record).toMatchObject({ url: '/dossier/', language: 'en', meta: { title: 'Dossier' }, filters: { kind: ['dossier'] } });
    for (const statement of ['The ministry opened the plant.', 'litres of water a day', 'We will not stop', '19 April 2023: The plant opened.', 'Farmers were not consulted.', 'the cost', '$4 million']) {
      expect(record.content.split('\n')).toContain(statement);
    }
  });
});
