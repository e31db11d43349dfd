// The structure of small made-up articles: headline, subheadings, captions, embedded posts and page furniture.
import { describe, expect, test } from 'vitest';
import { detectLanguage, languageToDirection } from '../../src/pipeline/detect-language.ts';
import { parseEmbedAttribution } from '../../src/pipeline/find-embeds.ts';
import { findStructure } from '../../src/pipeline/find-structure.ts';
import { ingest, type IngestedArticle } from '../../src/pipeline/ingest.ts';
import { countWords, openingSentenceToTitle } from '../../src/pipeline/make-title.ts';
import { splitLines } from '../../src/pipeline/split-lines.ts';
import type { Block } from '../../src/pipeline/types.ts';

function ingestText(text: string): IngestedArticle {
  const result = ingest('made-up.txt', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(`ingest refused the article: ${result.reason}`);
  return result.article;
}

function kindsAndTexts(blocks: Block[]): Array<[Block['kind'], string]> {
  return blocks.map((block) => [block.kind, block.text]);
}

const LEAD = 'Acme said on Monday it would recall ten thousand electric kettles after reports of small fires.';
const SECOND = 'The company said nobody had been hurt so far, and that refunds would be paid within a month.';
const THIRD = 'Regulators in Leeds opened an inquiry into the kettles on Tuesday, a spokesperson for the city said.';

describe('headline', () => {
  test('takes a standalone first line for the headline in a file with blank lines', () => {
    const article = ingestText(`Acme Recalls Ten Thousand Kettles After Fire Reports\n\n${LEAD}\n\n${SECOND}\n`);
    expect(article).toMatchObject({ title: 'Acme Recalls Ten Thousand Kettles After Fire Reports', hasHeadline: true });
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['paragraph', SECOND]]);
  });

  test('takes a title-like first line for the headline in a file with single newlines', () => {
    const article = ingestText(`Acme recalls ten thousand kettles\n${LEAD}\n${SECOND}`);
    expect(article).toMatchObject({ title: 'Acme recalls ten thousand kettles', hasHeadline: true });
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['paragraph', SECOND]]);
  });

  test('makes the title from the opening sentence when the article starts with running text', () => {
    const article = ingestText(`${LEAD} More details were given later.\n\n${SECOND}`);
    expect(article.hasHeadline).toBe(false);
    expect(article.title).toBe(LEAD.slice(0, -1));
    expect(article.blocks[0]).toMatchObject({ kind: 'paragraph', text: `${LEAD} More details were given later.` });
  });

  test('does not take a first line glued to the next paragraph for a headline in a file with blank lines', () => {
    const article = ingestText(`Kettle recall\n${LEAD}\n\n${SECOND}`);
    expect(article.hasHeadline).toBe(false);
    expect(article.title).toBe(LEAD.slice(0, -1));
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', 'Kettle recall'], ['paragraph', LEAD], ['paragraph', SECOND]]);
  });

  test('does not take a first line that ends a sentence for a headline', () => {
    const structure = findStructure(splitLines(`The recall was announced on Monday.\n\n${LEAD}`));
    expect(structure.headline).toBeNull();
  });

  test('does not take a photo credit on the first line for a headline', () => {
    const structure = findStructure(splitLines(`Photo: Jane Doe/Reuters\n\n${LEAD}`));
    expect(structure.headline).toBeNull();
    expect(structure.units[0]).toEqual({ kind: 'caption', text: 'Photo: Jane Doe/Reuters' });
  });
});

describe('subheadings', () => {
  test('takes a short standalone line followed by running text for a subheading', () => {
    const article = ingestText(`Acme Recalls Kettles\n\n${LEAD}\n\nSafety Concerns\n\n${THIRD}`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['heading', 'Safety Concerns'], ['paragraph', THIRD]]);
  });

  test('takes a short title-like line followed by running text for a subheading in a file with single newlines', () => {
    const article = ingestText(`${LEAD}\nWhat Happens Next\n${THIRD}`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['heading', 'What Happens Next'], ['paragraph', THIRD]]);
  });

  test('keeps a short standalone sentence as a paragraph', () => {
    const article = ingestText(`${LEAD}\n\nNobody was hurt.\n\n${THIRD}`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['paragraph', 'Nobody was hurt.'], ['paragraph', THIRD]]);
  });

  test('keeps a short quotation in French typography as a paragraph, not a subheading', () => {
    const article = ingestText(
      'La mairie de Lyon a annoncé mardi la fermeture de trois piscines municipales pour des travaux.\n\n' +
        '« C’est une décision difficile. »\n\n' +
        'Les travaux doivent durer six mois, selon un communiqué publié sur le site de la ville.',
    );
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  test('numbers paragraphs, captions and embeds in reading order and gives headings no anchor', () => {
    const article = ingestText(`${LEAD}\n\nSafety Concerns\n\n${THIRD}\n\nKettles on a shelf in Leeds. Photo: Jane Doe/Reuters\n\n${SECOND}`);
    expect(article.blocks.map((b) => [b.kind, 'id' in b ? b.id : null])).toEqual([
      ['paragraph', 'p1'],
      ['heading', null],
      ['paragraph', 'p2'],
      ['caption', 'p3'],
      ['paragraph', 'p4'],
    ]);
  });
});

describe('captions and teasers', () => {
  test.each([
    'The Acme stand at a trade fair in Birmingham, March 2, 2023 (AFP/Archives – Jane Doe)',
    'Kettles on a shelf in a shop in Leeds on April 21, 2023. Photo by Jane Doe/Getty Images',
    'LEEDS, UNITED KINGDOM APRIL 21: In this photo illustration the Acme logo is seen on a kettle in Leeds.',
    'Des bouilloires Acme dans un magasin de Lyon, le 21 avril 2023 (AFP/Archives – Jean Dupont)',
  ])('sets the photo caption %j apart from the running text', (caption) => {
    const article = ingestText(`${LEAD}\n\n${caption}\n\n${SECOND}`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['caption', caption], ['paragraph', SECOND]]);
  });

  test('drops the headline of another article glued to a photo caption as a teaser', () => {
    const caption = 'The Acme logo on a shop in Leeds on April 21, 2023. Photo by Jane Doe/Getty Images';
    const article = ingestText(`${LEAD}\n\nAcme Shares Slide After Recall Announcement\n${caption}\n\n${SECOND}`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['caption', caption], ['paragraph', SECOND]]);
    expect(article.dropped).toEqual([{ reason: 'teaser', text: 'Acme Shares Slide After Recall Announcement' }]);
  });

  test('keeps a standalone subheading that happens to come before a caption in another paragraph', () => {
    const caption = 'Kettles on a shelf in Leeds. Photo: Jane Doe/Reuters';
    const article = ingestText(`${LEAD}\n\nSafety Concerns\n\n${caption}\n\n${THIRD}`);
    expect(article.dropped).toEqual([]);
    expect(article.blocks.map((b) => b.text)).toContain('Safety Concerns');
  });
});

describe('page furniture', () => {
  test('drops a comment prompt at the end of an article', () => {
    const article = ingestText(`${LEAD}\n${SECOND}\nLeave a Comment`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['paragraph', SECOND]]);
    expect(article.dropped).toEqual([{ reason: 'comment-prompt', text: 'Leave a Comment' }]);
  });

  test('drops a share prompt in the middle of an article', () => {
    const article = ingestText(`${LEAD}\n\nShare this article\n\n${SECOND}`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['paragraph', SECOND]]);
    expect(article.dropped).toEqual([{ reason: 'share-prompt', text: 'Share this article' }]);
  });

  test('drops the invitation to follow the author on social networks', () => {
    const follow = 'You can follow Jane Doe on Facebook and Twitter at @janedoe, and on Instagram.';
    const article = ingestText(`${LEAD}\n${SECOND}\n${follow}`);
    expect(article.blocks.map((b) => b.text)).toEqual([LEAD, SECOND]);
    expect(article.dropped).toEqual([{ reason: 'author-follow', text: follow }]);
  });

  test('drops a tag label and the list of tags under it', () => {
    const article = ingestText(`${LEAD}\n\n${SECOND}\n\nTags\nAcme, Kettles\nConsumer Safety\n`);
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', LEAD], ['paragraph', SECOND]]);
    expect(article.dropped).toEqual([
      { reason: 'tag-list', text: 'Tags' },
      { reason: 'tag-list', text: 'Acme, Kettles' },
      { reason: 'tag-list', text: 'Consumer Safety' },
    ]);
  });

  test('ends a tag list at the next paragraph of running text', () => {
    const article = ingestText(`${LEAD}\n\nTopics: Acme, Kettles\n\n${SECOND}`);
    expect(article.blocks.map((b) => b.text)).toEqual([LEAD, SECOND]);
    expect(article.dropped).toEqual([{ reason: 'tag-list', text: 'Topics: Acme, Kettles' }]);
  });

  test('drops short lines after the last sentence, such as category links and bylines', () => {
    const article = ingestText(`${LEAD}\n\n${SECOND}\n\nBusiness\n\nJane Doe, Consumer Affairs Reporter`);
    expect(article.blocks.map((b) => b.text)).toEqual([LEAD, SECOND]);
    expect(article.dropped).toEqual([
      { reason: 'trailing-furniture', text: 'Business' },
      { reason: 'trailing-furniture', text: 'Jane Doe, Consumer Affairs Reporter' },
    ]);
  });

  test('keeps a final paragraph that ends in a French closing quotation mark', () => {
    const article = ingestText(
      'La mairie de Lyon a annoncé mardi la fermeture de trois piscines municipales pour des travaux.\n\n' +
        '« Nous rouvrirons au printemps. »',
    );
    expect(article.blocks.map((b) => b.text)).toEqual([
      'La mairie de Lyon a annoncé mardi la fermeture de trois piscines municipales pour des travaux.',
      '« Nous rouvrirons au printemps. »',
    ]);
    expect(article.dropped).toEqual([]);
  });
});

describe('embedded posts', () => {
  test('turns a post and its attribution line into an embed, in English', () => {
    const post = 'We are reviewing every report we have received. Safety comes first.';
    const article = ingestText(`${LEAD}\n\n${post}\n\n— Acme UK (@AcmeUK) March 3, 2023\n\n${SECOND}`);
    // Each block carries its sentences, found once here: a sentence's span keeps the space after it.
    expect(article.blocks).toEqual([
      { kind: 'paragraph', id: 'p1', text: LEAD, sentences: [[0, LEAD.length]], mentions: [] },
      { kind: 'embed', id: 'p2', network: 'tweet', text: post, author: 'Acme UK', handle: 'AcmeUK', date: '2023-03-03', sentences: [[0, 48], [48, 67]], mentions: [] },
      { kind: 'paragraph', id: 'p3', text: SECOND, sentences: [[0, SECOND.length]], mentions: [] },
    ]);
  });

  test('turns a post and its attribution line into an embed, with a French month', () => {
    const article = ingestText(
      'La mairie de Lyon a annoncé mardi la fermeture temporaire de trois piscines municipales pour des travaux.\n' +
        'Les piscines rouvriront au printemps, une fois les chantiers terminés.\n' +
        '— Mairie de Lyon (@Lyon) 3 mars 2023\n' +
        'L’opposition municipale dénonce un calendrier mal choisi, à l’approche de l’été.',
    );
    expect(article.lang).toBe('fr');
    expect(article.blocks[1]).toEqual({
      kind: 'embed',
      id: 'p2',
      network: 'tweet',
      text: 'Les piscines rouvriront au printemps, une fois les chantiers terminés.',
      author: 'Mairie de Lyon',
      handle: 'Lyon',
      date: '2023-03-03',
      sentences: [[0, 70]],
      mentions: [],
    });
    expect(article.blocks).toHaveLength(3);
  });

  test('calls a dated post without a handle a post, not a tweet', () => {
    const article = ingestText(`${LEAD}\nWe are sorry.\n— Acme UK April 19, 2023\n${SECOND}`);
    expect(article.blocks[1]).toMatchObject({ kind: 'embed', network: 'post', author: 'Acme UK', handle: null, date: '2023-04-19' });
  });

  test('leaves a paragraph that ends with a dash and a name as running text', () => {
    const article = ingestText(`${LEAD}\n— Jane Doe, consumer affairs editor\n${SECOND}`);
    expect(article.blocks.map((b) => b.kind)).not.toContain('embed');
  });
});

describe('parseEmbedAttribution', () => {
  test.each([
    ['— Elon Musk (@elonmusk) April 19, 2023', { author: 'Elon Musk', handle: 'elonmusk', date: '2023-04-19' }],
    ['— Jane Doe (@jane_doe) Sept. 3, 2022', { author: 'Jane Doe', handle: 'jane_doe', date: '2022-09-03' }],
    ['— Elon Musk (@elonmusk) 19 avril 2023', { author: 'Elon Musk', handle: 'elonmusk', date: '2023-04-19' }],
    ['- Le Monde (@lemondefr) 1 mars 2023', { author: 'Le Monde', handle: 'lemondefr', date: '2023-03-01' }],
    ['— Stadt Berlin (@Berlin) 19. April 2023', { author: 'Stadt Berlin', handle: 'Berlin', date: '2023-04-19' }],
    ['— إيلون ماسك (@elonmusk) 19 أبريل 2023', { author: 'إيلون ماسك', handle: 'elonmusk', date: '2023-04-19' }],
    ['– Jane Doe (@jd) https://twitter.com/jd/status/1', { author: 'Jane Doe', handle: 'jd', date: null }],
  ])('reads %j', (line, attribution) => {
    expect(parseEmbedAttribution(line)).toEqual(attribution);
  });

  test.each(['— Jane Doe, consumer affairs editor', 'Elon Musk (@elonmusk) April 19, 2023', 'The letter was sent on April 19, 2023.'])(
    'does not take %j for an attribution line',
    (line) => {
      expect(parseEmbedAttribution(line)).toBeNull();
    },
  );
});

describe('titles made from the opening sentence', () => {
  const long =
    'Acme said on Monday it would recall ten thousand electric kettles sold across Britain after customers reported small fires in their kitchens.';

  test('keeps an opening sentence of up to 100 characters whole, without its full stop', () => {
    expect(openingSentenceToTitle(`${LEAD} Nobody was hurt.`, 'en')).toBe(LEAD.slice(0, -1));
  });

  test.each([
    ['en', long],
    ['fr', 'La mairie de Lyon a annoncé mardi la fermeture temporaire de trois piscines municipales pour des travaux de rénovation énergétique.'],
    ['ar', 'أرسل المحامي الشخصي لإيلون ماسك، أليكس سبيرو، رسالة إلى شركة مايكروسوفت تتهمها باستخدام واجهة برمجة تطبيقات تويتر لاستخدامات وأغراض غير مصرح بها.'],
  ])('cuts a long opening sentence (%s) at a word boundary within 100 characters and adds an ellipsis', (lang, sentence) => {
    const title = openingSentenceToTitle(`${sentence} Second sentence.`, lang);
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title.endsWith('…')).toBe(true);
    const kept = title.slice(0, -1);
    expect(sentence.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThan(60);
    // The cut falls between words: the kept text ends a word and the sentence does not go on with letters.
    expect(kept).toMatch(/[\p{L}\p{N}]$/u);
    expect(sentence.charAt(kept.length)).toMatch(/[^\p{L}\p{N}]/u);
  });

  test('gives an article without a headline a title cut from its opening sentence', () => {
    const article = ingestText(`${long}\n\n${SECOND}`);
    expect(article.hasHeadline).toBe(false);
    expect(article.title).toBe('Acme said on Monday it would recall ten thousand electric kettles sold across Britain after…');
  });
});

describe('countWords', () => {
  test.each<[string, string[], number]>([
    ['en', ['Twitter accuses Microsoft of misusing its data.'], 7],
    ['en', ['Elon Musk’s lawyer wrote.', 'Lawsuit time!'], 6],
    ['ar', ['تويتر تتهم مايكروسوفت بإساءة استخدام بياناتها'], 6],
    ['und', [' — … !!! '], 0],
  ])('counts the words of a %s text', (lang, texts, words) => {
    expect(countWords(texts, lang)).toBe(words);
  });
});

describe('language and direction', () => {
  test.each([
    ['en', 'Twitter has accused Microsoft of using its data in ways that break the agreement between the two companies.'],
    ['fr', 'Twitter accuse Microsoft d’avoir utilisé ses données d’une manière qui enfreint l’accord entre les deux entreprises.'],
    ['de', 'Twitter wirft Microsoft vor, seine Daten auf eine Weise genutzt zu haben, die gegen die Vereinbarung der beiden Firmen verstößt.'],
    ['ar', 'اتهمت تويتر شركة مايكروسوفت باستخدام بياناتها بطريقة تخالف الاتفاق المبرم بين الشركتين منذ سنوات عديدة.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test('says "und" for a text too short to tell', () => {
    expect(detectLanguage('Lawsuit time.')).toBe('und');
  });

  test.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['zh', 'ltr'],
    ['und', 'ltr'],
  ])('writes %s %s', (lang, dir) => {
    expect(languageToDirection(lang)).toBe(dir);
  });

  test('gives an Arabic article its language and right-to-left direction', () => {
    const article = ingestText(
      'اتهمت تويتر شركة مايكروسوفت باستخدام بياناتها بطريقة تخالف الاتفاق المبرم بين الشركتين.\n\n' +
        'وقالت الشركة إنها ستراجع هذه الأسئلة وترد عليها بشكل مناسب.',
    );
    expect(article).toMatchObject({ lang: 'ar', dir: 'rtl', hasHeadline: false });
  });
});
