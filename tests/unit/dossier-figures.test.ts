import { describe, expect, test } from 'vitest';
import type { FigureMention } from '../../src/pipeline/dossier/dossier-types.ts';
import { buildDossier } from '../../src/pipeline/dossier/build-dossier.ts';
import { figuresInText, type FiguresIn } from '../../src/pipeline/dossier/extract-figures.ts';
import { articleOf } from '../helpers/articles.ts';
import { figureDiscrepancies, groupFigures } from '../../src/pipeline/dossier/group-figures.ts';
import { parseDigits } from '../../src/pipeline/dossier/parse-number.ts';
import { paragraphId, parseSlug } from '../../src/pipeline/ids.ts';

describe('reading digits with any separators', () => {
  test.each([
    ['50,000', 50000],
    ['1 500', 1500],
    ['1\u202F500', 1500],
    ['1.500', 1500],
    ['1’500', 1500],
    ['6,3', 6.3],
    ['2.5', 2.5],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['12,345,678', 12345678],
    ['0,500', 0.5],
    ['٥٠٠٠٠', 50000],
    ['١٣٫٥', 13.5],
    ['١٢٬٠٠٠', 12000],
    ['۱۲۳', 123],
  ])('%s is %d', (raw, value) => {
    expect(parseDigits(raw)).toBe(value);
  });
});

/** The figures of one sentence, reduced to what a reader checks. */
const figures = (text: string, lang: string): Array<Pick<FigureMention, 'text' | 'value' | 'unit' | 'per' | 'qualifier'>> =>
  figuresInText(text, lang).map(({ text: span, value, unit, per, qualifier }) => ({ text: span, value, unit, per, qualifier }));

describe('reading figures in each language', () => {
  test.each([
    ['en', 'Twitter charges organizations $50,000 per month for access.', '$50,000 per month', 50000, 'USD', 'month', null],
    ['en', 'It has been charging up to $50,000 per month to access its API.', 'up to $50,000 per month', 50000, 'USD', 'month', 'up to'],
    ['en', 'Microsoft invested a total of 13 billion dollars in the startup.', '13 billion dollars', 13e9, 'USD', null, null],
    ['en', 'Microsoft invested $13 billion in the startup.', '$13 billion', 13e9, 'USD', null, null],
    ['en', 'OpenAI had paid $2 million per year for the data.', '$2 million per year', 2e6, 'USD', 'year', null],
    ['en', 'The deal was worth $2m a year.', '$2m a year', 2e6, 'USD', 'year', null],
    ['en', 'Programs accessed the API more than 780 million times last year.', 'more than 780 million times', 780e6, 'times', null, 'more than'],
    ['en', 'They retrieved more than 26 billion tweets.', 'more than 26 billion tweets', 26e9, 'tweets', null, 'more than'],
    ['en', 'Twitter asked it to examine the data usage of eight of its apps.', 'eight of its apps', 8, 'apps', null, null],
    ['en', 'Sales rose 12.5% in the quarter.', '12.5%', 12.5, 'percent', null, null],
    ['en', 'The fine is about €3.2 billion.', 'about €3.2 billion', 3.2e9, 'EUR', null, 'about'],
    ['fr', 'Twitter facture jusqu’à 50 000 dollars par mois.', 'jusqu’à 50 000 dollars par mois', 50000, 'USD', 'month', 'up to'],
    ['fr', 'Le montant atteint 6,3 milliards d’euros.', '6,3 milliards d’euros', 6.3e9, 'EUR', null, null],
    ['fr', 'Le marché a progressé de 12 % cette année.', '12 %', 12, 'percent', null, null],
    ['fr', 'Un billion de dollars est une somme énorme, 2 billions de dollars aussi.', '2 billions de dollars', 2e12, 'USD', null, null],
    ['de', 'Die Firma zahlte bis zu 1.500 Euro pro Monat.', 'bis zu 1.500 Euro pro Monat', 1500, 'EUR', 'month', 'up to'],
    ['de', 'Microsoft rief mehr als 26 Milliarden Tweets ab.', 'mehr als 26 Milliarden Tweets', 26e9, 'tweets', null, 'more than'],
    ['de', 'Der Konzern investierte 13 Milliarden Dollar.', '13 Milliarden Dollar', 13e9, 'USD', null, null],
    ['es', 'La empresa pagó 3 mil millones de dólares al año.', '3 mil millones de dólares al año', 3e9, 'USD', 'year', null],
    ['es', 'Twitter cobra hasta 50.000 dólares al mes.', 'hasta 50.000 dólares al mes', 50000, 'USD', 'month', 'up to'],
    ['es', 'Invirtió unos 13.000 millones de dólares.', 'unos 13.000 millones de dólares', 13e9, 'USD', null, 'about'],
    ['ar', 'فرض رسومًا تصل إلى 50000 دولار شهريًا للوصول إلى الواجهة.', 'تصل إلى 50000 دولار شهريًا', 50000, 'USD', 'month', 'up to'],
    ['ar', 'استثمرت نحو 13 مليار دولار في الشركة.', 'نحو 13 مليار دولار', 13e9, 'USD', null, 'about'],
    ['ar', 'دفعت ٥٠٠٠٠ دولار سنويًا.', '٥٠٠٠٠ دولار سنويًا', 50000, 'USD', 'year', null],
    ['ar', 'ارتفعت المبيعات 12 في المئة.', '12 في المئة', 12, 'percent', null, null],
    ['ar', 'طلبت فحص بيانات ثماني تطبيقات.', 'ثماني تطبيقات', 8, 'تطبيقات', null, null],
  ])('%s: %s', (lang, sentence, text, value, unit, per, qualifier) => {
    expect(figures(sentence, lang)).toContainEqual({ text, value, unit, per, qualifier });
  });

  test.each([
    ['en', 'OpenAI was founded in 2015 as a non-profit.'],
    ['en', 'The tweet was posted on April 19, 2023.'],
    ['en', 'It runs on GPT-4 and the iPhone 15 was not involved.'],
    ['en', 'The meeting starts at 10:30 in Building 7.'],
    ['en', 'He came 4th in the race.'],
    ['en', 'Only 1 person replied.'],
    ['fr', 'Le 21 avril 2023, la lettre est arrivée.'],
    ['ar', 'تأسست في عام 2015 كمنظمة غير ربحية.'],
  ])('%s: no figure in “%s”', (lang, sentence) => {
    expect(figures(sentence, lang)).toEqual([]);
  });
});

function mention(source: string, lang: string, sentence: string): FigureMention[] {
  return figuresInText(sentence, lang).map((f) => ({ ...f, article: parseSlug(source), source: `${source}.txt`, paragraph: paragraphId(1), lang }));
}

describe('grouping figures across sources and languages', () => {
  const mentions = [
    ...mention('a', 'en', 'Twitter charges organizations $50,000 per month for access to its new API.'),
    ...mention('b', 'en', 'Twitter has been charging organizations up to $50,000 per month to access its new API.'),
    ...mention('c', 'ar', 'لكن تويتر فرض رسومًا على المؤسسات 50000 دولار شهريًا للوصول إلى واجهة برمجة التطبيقات.'),
    ...mention('a', 'en', 'Microsoft invested 13 billion dollars in OpenAI.'),
    ...mention('c', 'ar', 'استثمرت مايكروسوفت نحو 13 مليار دولار في OpenAI.'),
    ...mention('b', 'en', 'Twitter asked Microsoft to examine eight of its apps.'),
    ...mention('c', 'en', 'The company spent eight years on it.'),
  ];
  const groups = groupFigures(mentions);

  test('states the same quantity once, with every source, across languages', () => {
    const price = groups.find((g) => g.value === 50000)!;
    expect(price).toMatchObject({ unit: 'USD', per: 'month' });
    expect(price.sources.map((s) => s.source)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(groups.find((g) => g.value === 13e9)!.sources.map((s) => s.source)).toEqual(['a.txt', 'c.txt']);
  });

  test('keeps small counts of different things apart', () => {
    expect(groups.filter((g) => g.value === 8).map((g) => g.unit).sort()).toEqual(['apps', 'years']);
  });

  test('gives every group a distinct id and puts the most widely reported first', () => {
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
    expect(groups[0]!.value).toBe(50000);
  });

  test('flags “up to” against an exact figure, but not “about”', () => {
    const found = figureDiscrepancies(groups);
    expect(found).toHaveLength(1);
    const sides = found[0]!.variants.map((v) => [v.qualifier, v.sources.map((s) => s.source)]);
    expect(sides).toEqual([
      [null, ['a.txt', 'c.txt']],
      ['up to', ['b.txt']],
    ]);
  });

  test('flags another number for the same thing in another source', () => {
    const other = groupFigures([
      ...mention('a', 'en', 'OpenAI had paid $2 million per year for access to the Twitter data.'),
      ...mention('b', 'en', 'OpenAI paid $3 million per year for access to the Twitter data.'),
      ...mention('c', 'en', 'A sandwich costs $3 million per year in this joke.'),
    ]);
    const found = figureDiscrepancies(other);
    expect(found).toHaveLength(1);
    expect(found[0]!.variants.map((v) => v.value).sort()).toEqual([2e6, 3e6]);
  });
});

describe('numbers that are hard to read', () => {
  test.each([
    ['en', 'They hired two hundred engineers last year.', 'two hundred engineers', 200, 'engineers'],
    ['en', 'They hired 3 hundred engineers last year.', '3 hundred engineers', 300, 'engineers'],
    ['fr', 'Elle a lancé deux cents applications.', 'deux cents applications', 200, 'applications'],
    ['en', 'The deal was worth $8.2 million in the end.', '$8.2 million', 8.2e6, 'USD'],
  ])('%s: %s', (lang, sentence, text, value, unit) => {
    const found = figures(sentence, lang);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text, value, unit });
  });

  test('a number too large for a double is not a figure', () => {
    expect(figures(`They claimed $${'9'.repeat(320)} trillion.`, 'en')).toEqual([]);
  });

  test('reads a 200,000-character paragraph in one pass', () => {
    const long = 'The plant hired 5 engineers, '.repeat(7000);
    expect(figures(long, 'en')).toHaveLength(7000);
  });
});

describe('figures kept from an earlier build', () => {
  const articles = [articleOf('en', 'The fund paid $4 million to 300 farmers.'), articleOf('en', 'Officials said $4 million went to 300 farmers.')];
  const entities = { types: new Map(), names: new Map(), resolveName: () => null };

  test('the dossier takes each paragraph\'s figures from the reader it is given, asked once per paragraph', () => {
    const asked: string[] = [];
    const remembered: FiguresIn = (text, lang) => {
      asked.push(text);
      return figuresInText(text, lang).map((f) => ({ ...f, about: 'from the last build' }));
    };
    const dossier = buildDossier(articles, entities, { figuresIn: remembered });
    expect(asked).toEqual(articles.map((a) => a.blocks[0]!.text));
    expect(dossier.figures.length).toBeGreaterThan(0);
    expect(dossier.figures.every((f) => f.about === 'from the last build')).toBe(true);
  });

  test('without a reader, figures are read here, the same as the reader gives them', () => {
    const here = buildDossier(articles, entities).figures;
    expect(buildDossier(articles, entities, { figuresIn: figuresInText }).figures).toEqual(here);
    expect(here.map((f) => f.value).sort((a, b) => a - b)).toEqual([300, 4_000_000]);
  });
});
