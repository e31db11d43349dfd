import { describe, expect, test } from 'vitest';
import { bareForms, cliticSearchRecords, indexedAsRecord } from '../../src/pipeline/clitic-search-records.ts';
import { paragraphId, parseSlug } from '../../src/pipeline/ids.ts';
import type { Article } from '../../src/pipeline/types.ts';

describe('bare forms of Arabic words', () => {
  test.each([
    ['لتحلية', 'تحلية'],
    ['والشركة', 'شركة'],
    ['بالمياه', 'مياه'],
    ['للمياه', 'مياه'],
    ['فالوزارة', 'وزارة'],
    ['كالعادة', 'عادة'],
    ['ومايكروسوفت', 'مايكروسوفت'],
    ['وَالشَّرِكة', 'شركة'],
  ])('%s gives %s', (word, bare) => {
    expect(bareForms(`قال ${word} أمس`)).toContain(bare);
  });

  test('leaves Latin-script text alone', () => {
    expect(bareForms('Microsoft and the water ministry')).toEqual([]);
  });
});

describe('search records', () => {
  const article = (lang: string, text: string): Article => ({
    source: `${lang}.txt`, slug: parseSlug(`${lang}-article`), title: `${lang} title`, hasHeadline: true, lang, dir: lang === 'ar' ? 'rtl' : 'ltr',
    blocks: [{ kind: 'paragraph', id: paragraphId(1), text, mentions: [] }], dropped: [], words: 3, hash: '',
  });

  test('stand for Arabic articles only, with their text, the bare forms, and the filters of an article page', () => {
    const records = cliticSearchRecords([article('en', 'Water for the city.'), article('ar', 'مشروع لتحلية المياه')], 'en');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ url: '/articles/ar-article/', language: 'en', filters: { kind: ['article'], language: ['Arabic'] }, meta: { title: 'ar title', dir: 'rtl' } });
    expect(records[0]!.content).toContain('مشروع لتحلية المياه');
    expect(records[0]!.content.split(/\s+/u)).toEqual(expect.arrayContaining(['تحلية', 'مياه']));
    expect(indexedAsRecord('ar')).toBe(true);
    expect(indexedAsRecord('en')).toBe(false);
  });
});
