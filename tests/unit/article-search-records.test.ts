import { segmentSentences } from '../../src/pipeline/sentence-spans.ts';
import { describe, expect, test } from 'vitest';
import { articleSearchRecords, bareForms } from '../../src/pipeline/article-search-records.ts';
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
    blocks: [{ kind: 'paragraph', id: paragraphId(1), text, sentences: segmentSentences(text, lang), mentions: [] }], dropped: [], words: 3, hash: '',
  });

  test('stand for every article, with its text and the filters and metadata of an article page', () => {
    const records = articleSearchRecords([article('en', 'Water for the city.'), article('ar', 'مشروع لتحلية المياه')], 'en');
    expect(records.map((r) => r.url)).toEqual(['/articles/en-article/', '/articles/ar-article/']);
    expect(records[0]).toEqual({
      url: '/articles/en-article/', content: 'en title\nWater for the city.', language: 'en',
      meta: { title: 'en title', lang: 'en', dir: 'ltr' }, filters: { kind: ['article'], language: ['English'] },
    });
    expect(records[1]).toMatchObject({ language: 'en', filters: { kind: ['article'], language: ['Arabic'] }, meta: { title: 'ar title', dir: 'rtl' } });
  });

  test('add the bare forms of words that carry clitics after the text, in Arabic only', () => {
    const [arabic] = articleSearchRecords([article('ar', 'مشروع لتحلية المياه')], 'en');
    expect(arabic!.content.startsWith('ar title\nمشروع لتحلية المياه\n')).toBe(true);
    expect(arabic!.content.split(/\s+/u)).toEqual(expect.arrayContaining(['تحلية', 'مياه']));
  });
});
