import { segmentSentences } from '../../src/pipeline/sentence-spans.ts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignSlugs } from '../../src/pipeline/assign-slugs.ts';
import { buildTimeline } from '../../src/pipeline/dossier/build-timeline.ts';
import type { DateMention } from '../../src/pipeline/dossier/dossier-types.ts';
import { buildDossier } from '../../src/pipeline/dossier/build-dossier.ts';
import { datesInText, extractDates, type DatesIn } from '../../src/pipeline/dossier/extract-dates.ts';
import { paragraphId, parseSlug } from '../../src/pipeline/ids.ts';
import { ingest, type IngestedArticle } from '../../src/pipeline/ingest.ts';
import { MONTHS, monthNumber } from '../../src/pipeline/month-names.ts';
import type { Article, Block } from '../../src/pipeline/types.ts';

const root = new URL('../../', import.meta.url);

function article(source: string, lang: string, blocks: Block[]): Article {
  return { source, slug: parseSlug(source.replace(/\..*$/, '')), title: source, hasHeadline: false, lang, dir: lang === 'ar' ? 'rtl' : 'ltr', blocks, dropped: [], words: 0, hash: '' };
}

function paragraphs(source: string, lang: string, ...texts: string[]): Article {
  return article(source, lang, texts.map((text, i) => ({ kind: 'paragraph', id: paragraphId(i + 1), text, sentences: segmentSentences(text, lang), mentions: [] })));
}

/** The dates of one paragraph, reduced to what a reader checks. */
function datesIn(text: string, lang: string): Array<Pick<DateMention, 'text' | 'iso' | 'month' | 'precision'>> {
  return extractDates(paragraphs('a.txt', lang, text)).map(({ text: span, iso, month, precision }) => ({ text: span, iso, month, precision }));
}

describe('reading full dates', () => {
  test.each([
    ['en', 'The post went up on April 19, 2023, at noon.', 'April 19, 2023', '2023-04-19'],
    ['en', 'It was sent on 19 April 2023.', '19 April 2023', '2023-04-19'],
    ['en', 'It was sent on the 19th of April 2023.', '19th of April 2023', '2023-04-19'],
    ['en', 'It was sent on April 19th, 2023.', 'April 19th, 2023', '2023-04-19'],
    ['en', 'Filed Sept. 5, 2023 in Delaware.', 'Sept. 5, 2023', '2023-09-05'],
    ['en', 'Logged as 2023-04-19 in the file.', '2023-04-19', '2023-04-19'],
    ['fr', 'La lettre date du 19 avril 2023.', '19 avril 2023', '2023-04-19'],
    ['fr', 'Depuis le 1er mai 2023, tout a changé.', '1er mai 2023', '2023-05-01'],
    ['de', 'Der Brief kam am 19. April 2023 an.', '19. April 2023', '2023-04-19'],
    ['es', 'La carta llegó el 19 de abril de 2023.', '19 de abril de 2023', '2023-04-19'],
    ['es', 'La carta llegó el 19 de abril del 2023.', '19 de abril del 2023', '2023-04-19'],
    ['it', 'La lettera è del 19 aprile 2023.', '19 aprile 2023', '2023-04-19'],
    ['pt', 'A carta chegou em 19 de abril de 2023.', '19 de abril de 2023', '2023-04-19'],
    ['pt', 'Desde 1º de maio de 2023 vale a regra.', '1º de maio de 2023', '2023-05-01'],
    ['ar', 'وصلت الرسالة في 19 أبريل 2023.', '19 أبريل 2023', '2023-04-19'],
    ['ar', 'وصلت الرسالة في ١٩ أبريل ٢٠٢٣.', '١٩ أبريل ٢٠٢٣', '2023-04-19'],
    ['ar', 'وصلت الرسالة في 19 نيسان 2023.', '19 نيسان 2023', '2023-04-19'],
    ['ar', 'وصلت الرسالة في ١٩ نيسان/أبريل ٢٠٢٣.', '١٩ نيسان/أبريل ٢٠٢٣', '2023-04-19'],
    ['ar', 'انعقد الاجتماع في ٣ تشرين الأول ٢٠٢٣.', '٣ تشرين الأول ٢٠٢٣', '2023-10-03'],
    ['ar', 'صدر القرار في 19 جوان 2023.', '19 جوان 2023', '2023-06-19'],
    ['ar', 'سُجّل بتاريخ ٢٠٢٣-٠٤-١٩ في الملف.', '٢٠٢٣-٠٤-١٩', '2023-04-19'],
  ])('%s: "%s" → %s', (lang, text, span, iso) => {
    expect(datesIn(text, lang)).toEqual([{ text: span, iso, month: Number(iso.slice(5, 7)), precision: 'day' }]);
  });

  test('rejects a day the calendar does not have', () => {
    expect(datesIn('It is dated 2023-02-30.', 'en')).toEqual([]);
  });

  // The rules that need a month are skipped for a text where no month name is found: that look must find every
  // name the rules know, in any case, or those dates would be lost.
  test('reads every month name the rules know, in lower, upper and title case', () => {
    for (const name of MONTHS.keys()) {
      for (const written of [name, name.toUpperCase(), name[0]!.toUpperCase() + name.slice(1)]) {
        const text = `It was signed on 7 ${written} 2021, by both.`;
        expect(datesIn(text, 'en'), text).toEqual([{ text: `7 ${written} 2021`, iso: `2021-${String(MONTHS.get(name)).padStart(2, '0')}-07`, month: MONTHS.get(name), precision: 'day' }]);
      }
    }
  });
});

describe('reading a month and a year', () => {
  test.each([
    ['en', 'Twitter raised prices in March 2023.', 'March 2023'],
    ['fr', 'Twitter a augmenté ses prix en mars 2023.', 'mars 2023'],
    ['de', 'Twitter hat die Preise im März 2023 erhöht.', 'März 2023'],
    ['es', 'Twitter subió los precios en marzo de 2023.', 'marzo de 2023'],
    ['it', 'Twitter ha alzato i prezzi a marzo 2023.', 'marzo 2023'],
    ['pt', 'O Twitter aumentou os preços em março de 2023.', 'março de 2023'],
    ['ar', 'رفعت تويتر الأسعار في مارس 2023.', 'مارس 2023'],
    ['ar', 'رفعت تويتر الأسعار في آذار ٢٠٢٣.', 'آذار ٢٠٢٣'],
  ])('%s: "%s" → %s', (lang, text, span) => {
    expect(datesIn(text, lang)).toEqual([{ text: span, iso: '2023-03', month: 3, precision: 'month' }]);
  });
});

describe('reading a month with no year', () => {
  test.each([
    ['en', 'In December, Musk cut OpenAI off.', 'December', 12],
    ['en', 'Twitter wants a report by June.', 'June', 6],
    ['en', 'Prices have risen since May.', 'May', 5],
    ['en', 'The report is due in early June.', 'June', 6],
    ['en', 'The report is due mid-June.', 'June', 6],
    ['en', 'The report is due by the end of June.', 'June', 6],
    ['en', 'The letter was sent on June 5.', 'June 5', 6],
    ['en', 'He was born on 5 May.', '5 May', 5],
    ['fr', 'Le rapport est attendu en juin.', 'juin', 6],
    ['fr', "Le rapport est attendu d'ici juin.", 'juin', 6],
    ['fr', "Le rapport est attendu au mois d'août.", 'août', 8],
    ['fr', 'La lettre est partie le 5 juin.', '5 juin', 6],
    ['de', 'Der Bericht kommt im Juni.', 'Juni', 6],
    ['de', 'Der Bericht kommt bis Ende Juni.', 'Juni', 6],
    ['es', 'El informe llega en junio.', 'junio', 6],
    ['es', 'El informe llega a finales de junio.', 'junio', 6],
    ['it', 'Il rapporto arriva a giugno.', 'giugno', 6],
    ['it', 'Il rapporto arriva entro giugno.', 'giugno', 6],
    ['pt', 'O relatório chega em junho.', 'junho', 6],
    ['pt', 'O relatório chega até junho.', 'junho', 6],
    ['ar', 'تريد تويتر تقريرًا بحلول شهر يونيو.', 'يونيو', 6],
    ['ar', 'قطع ماسك الوصول في ديسمبر.', 'ديسمبر', 12],
    ['ar', 'وفي حزيران صدر التقرير.', 'حزيران', 6],
  ])('%s: "%s" → %s, no year invented', (lang, text, span, month) => {
    expect(datesIn(text, lang)).toEqual([{ text: span, iso: null, month, precision: 'month-only' }]);
  });
});

describe('reading a year', () => {
  test.each([
    ['en', 'OpenAI started as a non-profit in 2015.', '2015'],
    ['en', 'Microsoft retrieved 26 billion tweets in 2022 alone.', '2022'],
    ['en', 'The deal has held since 2015.', '2015'],
    ['en', 'The deal ends mid-2025.', '2025'],
    ['fr', 'OpenAI a été fondée en 2015.', '2015'],
    ['fr', 'Le partenariat dure depuis 2015.', '2015'],
    ['de', 'OpenAI wurde im Jahr 2015 gegründet.', '2015'],
    ['de', 'Die Partnerschaft besteht seit 2015.', '2015'],
    ['es', 'OpenAI se fundó en el año 2015.', '2015'],
    ['it', 'OpenAI è nata nel 2015.', '2015'],
    ['pt', 'A OpenAI foi fundada em 2015.', '2015'],
    ['ar', 'ساعد في إطلاقها كمنظمة غير ربحية في عام 2015.', '2015'],
    ['ar', 'تأسست الشركة عام ٢٠١٥.', '٢٠١٥'],
    ['ar', 'تأسست الشركة منذ 2015م.', '2015'],
  ])('%s: "%s" → %s', (lang, text, span) => {
    const year = span.replace(/[^\d٠-٩]/g, '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    expect(datesIn(text, lang)).toEqual([{ text: span, iso: year, month: null, precision: 'year' }]);
  });
});

describe('reading a weekday', () => {
  test.each([
    ['en', 'Spiro wrote in a letter sent Thursday to Nadella.', 'Thursday', 4],
    ['en', 'The company answered on Monday.', 'Monday', 1],
    ['fr', 'La lettre a été envoyée jeudi.', 'jeudi', 4],
    ['de', 'Der Brief kam am Donnerstag.', 'Donnerstag', 4],
    ['es', 'La carta llegó el jueves.', 'jueves', 4],
    ['it', 'La lettera è arrivata giovedì.', 'giovedì', 4],
    ['pt', 'A carta chegou na quinta-feira.', 'quinta-feira', 4],
    ['ar', 'وصلت الرسالة يوم الخميس.', 'الخميس', 4],
    ['ar', 'أعلنت الشركة الخميس أنها سترد.', 'الخميس', 4],
    ['ar', 'وصلت الرسالة يوم الجمعة.', 'الجمعة', 5],
  ])('%s: "%s" → %s, no date invented', (lang, text, span, weekday) => {
    const [mention, ...rest] = extractDates(paragraphs('a.txt', lang, text));
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ text: span, iso: null, month: null, weekday, precision: 'weekday' });
  });

  test.each([
    ['en', 'On Thursday, April 20, 2023, Twitter wrote to Microsoft.', 'April 20, 2023', '2023-04-20'],
    ['fr', 'Jeudi 20 avril 2023, Twitter a écrit à Microsoft.', '20 avril 2023', '2023-04-20'],
  ])('%s: prefers the full date in "%s" and notes its weekday', (lang, text, span, iso) => {
    expect(extractDates(paragraphs('a.txt', lang, text))).toMatchObject([{ text: span, iso, weekday: 4, precision: 'day' }]);
  });
});

describe('words that are not dates', () => {
  test.each([
    ['en', 'Microsoft may have violated the agreement.'],
    ['en', 'May I ask a question?'],
    ['en', 'Protesters march in the streets every week.'],
    ['en', 'March on, they said.'],
    ['en', 'The letter was written by Jan Novak.'],
    ['en', 'Nobody has ever lived in Mars City.'],
    ['en', 'NASA flew 5 Mars missions.'],
    ['en', 'The company has 2015 employees.'],
    ['en', 'It paid $2015 in fees.'],
    ['en', 'The number rose in 5000 cases.'],
    ['en', 'Calls rose in 2000 million requests.'],
    ['en', 'Music of the 2010s was louder.'],
    ['en', 'Last month, Musk tweeted about it; yesterday he deleted it.'],
    ['es', 'El barco se hundió en el mar.'],
    ['es', 'Cantó Plácido Domingo en Madrid.'],
    ['ar', 'التقى الاثنين في القاهرة.'],
    ['ar', 'وقال الشهر الماضي إنه سيرد.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(datesIn(text, lang)).toEqual([]);
  });

  test('reads the month but not the verb in "They will march in June."', () => {
    expect(datesIn('They will march in June.', 'en')).toEqual([{ text: 'June', iso: null, month: 6, precision: 'month-only' }]);
  });
});

describe('embedded posts', () => {
  const text = 'They trained illegally using Twitter data. Lawsuit time.';
  const post: Block = {
    kind: 'embed', id: paragraphId(1), network: 'tweet', text,
    author: 'Elon Musk', handle: 'elonmusk', date: '2023-04-19', sentences: segmentSentences(text, 'en'), mentions: [],
  };

  test('dates the post by its attribution line; the event is the post', () => {
    expect(extractDates(article('a.txt', 'en', [post]))).toEqual([{
      article: 'a', source: 'a.txt', paragraph: 'p1', lang: 'en', text: post.text, iso: '2023-04-19', month: 4, weekday: null,
      precision: 'day', sentence: `Elon Musk posted: ${post.text}`,
    }]);
  });

  test('adds nothing for a post without a date', () => {
    expect(extractDates(article('a.txt', 'en', [{ ...post, date: null }]))).toEqual([]);
  });
});

describe('the timeline', () => {
  const en = paragraphs('a.txt', 'en', 'Musk tweeted on 19 April 2023.', 'Twitter wants a report by June.', 'OpenAI began in 2015.', 'Spiro wrote Thursday.');
  const ar = paragraphs('b.txt', 'ar', 'غرد ماسك في ١٩ أبريل ٢٠٢٣.', 'تريد تويتر تقريرًا بحلول شهر يونيو.', 'تأسست في عام 2015.', 'كتب سبيرو يوم الخميس.');
  const fr = paragraphs('c.txt', 'fr', 'Twitter a relevé ses prix en mars 2023.', 'Musk a réagi en décembre.', 'Nadella a répondu lundi.', 'Le partenariat dure depuis 2023.');
  const mentions = [...extractDates(fr), ...extractDates(ar), ...extractDates(en)];
  const timeline = buildTimeline(mentions);

  test('groups the same date across sources and languages, with the event from the first source in seed order', () => {
    const day = timeline.find((item) => item.date === '2023-04-19');
    expect(day).toMatchObject({ id: 'date-2023-04-19', label: '19 April 2023', precision: 'day', text: 'Musk tweeted on 19 April 2023.' });
    expect(day?.sources.map((s) => [s.source, s.text])).toEqual([['a.txt', '19 April 2023'], ['b.txt', '١٩ أبريل ٢٠٢٣']]);
  });

  test('groups a month without a year by month, and keeps its date null', () => {
    const june = timeline.find((item) => item.id === 'month-06');
    expect(june).toMatchObject({ date: null, month: 6, precision: 'month-only', label: 'June (year not stated)' });
    expect(june?.sources.map((s) => s.source)).toEqual(['a.txt', 'b.txt']);
  });

  test('keeps weekdays from different articles apart: two sources\' "Thursday" may be different weeks', () => {
    const thursdays = timeline.filter((item) => item.precision === 'weekday' && item.label === 'Thursday (date not stated)');
    expect(thursdays.map((item) => item.sources.map((s) => s.source))).toEqual([['a.txt'], ['b.txt']]);
    for (const item of thursdays) expect(item.id).toMatch(/^weekday-thursday-[0-9a-f]{6}$/);
  });

  test('orders dated items chronologically, then months without a year, then weekdays', () => {
    expect(timeline.map((item) => item.label)).toEqual([
      '2015', '2023', 'March 2023', '19 April 2023',
      'June (year not stated)', 'December (year not stated)',
      'Monday (date not stated)', 'Thursday (date not stated)', 'Thursday (date not stated)',
    ]);
  });

  test('gives the same output whatever the order of its input', () => {
    const expected = JSON.stringify(timeline);
    fc.assert(fc.property(fc.shuffledSubarray(mentions, { minLength: mentions.length }), (shuffled) => {
      expect(JSON.stringify(buildTimeline(shuffled))).toBe(expected);
    }));
  });
});

interface GoldDate {
  text: string;
  iso?: string;
  event: string;
  files: string[];
}

describe('the seeds', () => {
  const gold = JSON.parse(readFileSync(new URL('tests/fixtures/seeds-gold.json', root), 'utf8')) as { files: Record<string, string>; dates: GoldDate[] };
  const ingested = Object.values(gold.files).map((file): IngestedArticle => {
    const result = ingest(file, readFileSync(new URL(`seeds/${file}`, root)));
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    return result.article;
  });
  const timeline = buildTimeline(assignSlugs(ingested).flatMap((a) => extractDates(a)));
  /** The item a gold date stands for: by ISO date when the gold gives one, else by month with no year. */
  const itemFor = (date: GoldDate) =>
    timeline.find((item) => (date.iso ? item.date === date.iso : item.date === null && item.precision === 'month-only' && item.month === monthNumber(date.text)));

  test.each(gold.dates.map((date) => [date.text, date] as const))('dates "%s" with every source the gold lists', (_, date) => {
    const item = itemFor(date);
    expect(item, date.event).toBeDefined();
    const files = new Set(item?.sources.map((s) => s.source));
    for (const key of date.files) expect(files, `${date.event}: ${key}`).toContain(gold.files[key]);
    if (!date.iso) expect(item?.sources.map((s) => s.text)).toContain(date.text);
  });

  test('finds no date the gold does not list, besides weekdays', () => {
    const extra = timeline.filter((item) => item.precision !== 'weekday' && !gold.dates.some((date) => itemFor(date) === item));
    expect(extra.map((item) => item.label)).toEqual([]);
  });
});

describe('long paragraphs', () => {
  test('a paragraph of thousands of dated sentences is read in one pass, each weekday joined to its date', () => {
    const text = 'Monday 5 June 2023 it rained. '.repeat(4000);
    const dates = datesIn(text, 'en');
    expect(dates).toHaveLength(4000);
    expect(new Set(dates.map((d) => d.iso))).toEqual(new Set(['2023-06-05']));
  });
});

describe('dates kept from an earlier build', () => {
  const articles = [paragraphs('a.txt', 'en', 'The deal closed on 19 April 2023.'), paragraphs('b.txt', 'en', 'Officials confirmed it on 19 April 2023.')];
  const entities = { types: new Map(), names: new Map(), resolveName: () => null };

  test("the timeline takes each paragraph's dates from the reader it is given, asked once per paragraph", () => {
    const asked: string[] = [];
    const remembered: DatesIn = (text, lang) => {
      asked.push(text);
      return datesInText(text, lang).map((date) => ({ ...date, sentence: 'from the last build' }));
    };
    const { timeline } = buildDossier(articles, entities, { datesIn: remembered });
    expect(asked).toEqual(articles.map((a) => a.blocks[0]!.text));
    expect(timeline.map((item) => [item.date, item.text])).toEqual([['2023-04-19', 'from the last build']]);
  });

  test('without a reader, dates are read here, the same as the reader gives them', () => {
    const here = buildDossier(articles, entities).timeline;
    expect(buildDossier(articles, entities, { datesIn: datesInText }).timeline).toEqual(here);
    expect(here.map((item) => item.sources.length)).toEqual([2]);
  });
});
