// Splitting a seed into lines, and the shapes of news-page lines in several languages.
import { describe, expect, test } from 'vitest';
import { endsSentence, furnitureKind, isCaption, isProse, isTitleLike } from '../../src/pipeline/line-shapes.ts';
import { splitLines } from '../../src/pipeline/split-lines.ts';

describe('splitLines', () => {
  test('splits text whose paragraphs are separated by blank lines, each paragraph standing alone', () => {
    const text = 'Twitter accuses Microsoft\n\nThe letter was sent on Wednesday.\n\nLegal Action\n\nIt is not certain what comes next.\n';
    expect(splitLines(text)).toEqual([
      { text: 'Twitter accuses Microsoft', group: 0, standalone: true },
      { text: 'The letter was sent on Wednesday.', group: 1, standalone: true },
      { text: 'Legal Action', group: 2, standalone: true },
      { text: 'It is not certain what comes next.', group: 3, standalone: true },
    ]);
  });

  test('splits text whose paragraphs are separated by single newlines, none of them standing alone', () => {
    const text = 'The letter was sent on Wednesday.\nMicrosoft said it would review it.\nLeave a Comment';
    expect(splitLines(text)).toEqual([
      { text: 'The letter was sent on Wednesday.', group: 0, standalone: false },
      { text: 'Microsoft said it would review it.', group: 0, standalone: false },
      { text: 'Leave a Comment', group: 0, standalone: false },
    ]);
  });

  test('keeps lines glued together by single newlines in one group that does not stand alone', () => {
    const text = 'Opening paragraph of the story.\n\nA teaser headline\nA photo caption (AFP/Archives – Jane Doe)\n\nClosing paragraph.';
    expect(splitLines(text)).toEqual([
      { text: 'Opening paragraph of the story.', group: 0, standalone: true },
      { text: 'A teaser headline', group: 1, standalone: false },
      { text: 'A photo caption (AFP/Archives – Jane Doe)', group: 1, standalone: false },
      { text: 'Closing paragraph.', group: 2, standalone: true },
    ]);
  });

  test('treats lines of spaces, tabs and no-break spaces as blank, and runs of blank lines as one', () => {
    const text = 'First paragraph.\n \t\u00A0\nSecond paragraph.\n\n\n\nThird paragraph.';
    expect(splitLines(text).map((l) => [l.text, l.group])).toEqual([
      ['First paragraph.', 0],
      ['Second paragraph.', 1],
      ['Third paragraph.', 2],
    ]);
  });

  test('collapses runs of spaces and trims each line', () => {
    expect(splitLines('   Twitter \t accuses\u00A0\u00A0Microsoft   ').map((l) => l.text)).toEqual(['Twitter accuses Microsoft']);
  });

  test('re-joins a paragraph that was hard-wrapped at a fixed width', () => {
    const text = [
      'Microsoft has used Twitter data for several years in some of its',
      'products, including Bing and Xbox, as well as advertising tools, and',
      'it stopped after free access ended.',
      '',
      'Next paragraph.',
    ].join('\n');
    expect(splitLines(text).map((l) => l.text)).toEqual([
      'Microsoft has used Twitter data for several years in some of its products, including Bing and Xbox, as well as advertising tools, and it stopped after free access ended.',
      'Next paragraph.',
    ]);
  });

  test.each([
    ['the first line ends a sentence', 'Microsoft has used Twitter data for several years now.\nthen lowercase text follows'],
    ['the next line starts with a capital', 'Microsoft has used Twitter data for several years in some of its\nProducts were named'],
    ['the first line is short', 'Legal Action\nand more'],
  ])('does not re-join two lines when %s', (_why, text) => {
    expect(splitLines(text)).toHaveLength(2);
  });
});

describe('furnitureKind', () => {
  test.each<[string, string]>([
    ['comment-prompt', 'Leave a Comment'],
    ['comment-prompt', 'Add a Comment'],
    ['comment-prompt', 'View 12 comments'],
    ['comment-prompt', '12 Comments'],
    ['comment-prompt', 'Comments (3)'],
    ['comment-prompt', 'Laisser un commentaire'],
    ['comment-prompt', 'Kommentar schreiben'],
    ['comment-prompt', 'أضف تعليقاً'],
    ['share-prompt', 'Share this article'],
    ['share-prompt', 'Share on Facebook'],
    ['share-prompt', 'Advertisement'],
    ['share-prompt', 'Sign up for our Tech newsletter'],
    ['share-prompt', 'Partager sur Facebook'],
    ['share-prompt', 'Publicité'],
    ['share-prompt', 'Anzeige'],
    ['share-prompt', 'شارك'],
    ['share-prompt', 'شارك المقال'],
    ['share-prompt', 'شارك عبر فيسبوك'],
    ['author-follow', 'You can follow Alana Mastrangelo on Facebook and Twitter at @ARmastrangelo, and on Instagram.'],
    ['author-follow', 'Follow Jane Doe on X.'],
    ['author-follow', 'Follow the author on LinkedIn'],
    ['author-follow', 'Vous pouvez suivre Marie Dupont sur Twitter et Facebook.'],
    ['author-follow', 'Folgen Sie Jana Weber auf Instagram'],
    ['author-follow', 'Sigue a Lucía Pérez en Twitter'],
    ['author-follow', 'تابعونا على تويتر'],
    ['tag-label', 'Tags'],
    ['tag-label', 'Tags: Twitter, Microsoft'],
    ['tag-label', 'Related Topics'],
    ['tag-label', 'Mots-clés : Twitter, Microsoft'],
    ['tag-label', 'Themen'],
    ['tag-label', 'الوسوم'],
  ])('names a %s line: %j', (kind, line) => {
    expect(furnitureKind(line)).toBe(kind);
  });
});

describe('isCaption', () => {
  test.each([
    'The Microsoft stand at the Mobile World Congress (MWC) in Barcelona, March 2, 2023 (AFP/Archives – Josep LAGO)',
    'Le logo de Twitter sur un smartphone à Paris, le 21 avril 2023 (AFP/Archives – Jean Dupont)',
    'Elon Musk at a conference in Paris in June 2023. Photo by Jane Doe/Getty Images',
    'Satya Nadella in Redmond, by Jane Doe/Getty Images',
    'Photo: Reuters',
    'Crédit photo : AFP',
    'Foto: dpa',
    'Bild: picture alliance/dpa',
    'Elon Musk in Berlin (Photo by Jane Doe/Reuters)',
    'KNUTSFORD, UNITED KINGDOM APRIL 21: In this photo illustration the Twitter logo is seen on a computer screen.',
    'الصورة: رويترز',
  ])('takes %j for a photo caption or credit', (line) => {
    expect(isCaption(line)).toBe(true);
    expect(furnitureKind(line)).toBeNull();
  });
});

describe('ordinary prose', () => {
  test.each([
    'Microsoft has long tried to polish its image by investing heavily in artificial intelligence.',
    'The photographs by the agency showed the damage to the data centre.',
    'Share prices of Microsoft rose 2% on Thursday after the announcement.',
    'Topics such as privacy dominated the hearing on Tuesday, lawmakers said.',
    'Twitter has followed Microsoft on several issues this year, analysts say.',
    'Last month, Musk tweeted, “They trained illegally using Twitter data. Lawsuit time,” in response to a post.',
    'Twitter accuse Microsoft d’avoir utilisé ses données sans autorisation, selon une lettre de son avocat.',
    '« Nous examinerons ces questions et répondrons de manière appropriée », a déclaré un porte-parole.',
    'Microsoft hat nach eigenen Angaben das Schreiben der Anwälte von Twitter erhalten.',
    'Die Plattform verlangt seit März deutlich mehr Geld für den Zugang zu ihren Daten.',
    'وقالت الشركة إنها ستراجع هذه الأسئلة وترد عليها بشكل مناسب.',
    'شارك آلاف المستخدمين في حملة على تويتر ضد القرار يوم الجمعة.',
    'هل ستلجأ تويتر إلى القضاء ضد مايكروسوفت بسبب استخدام بياناتها؟',
  ])('does not flag %j as furniture or a caption', (line) => {
    expect(furnitureKind(line)).toBeNull();
    expect(isCaption(line)).toBe(false);
    expect(isProse(line)).toBe(true);
    expect(isTitleLike(line, 25)).toBe(false);
  });
});

describe('endsSentence', () => {
  test.each<[string, boolean]>([
    ['The letter was sent on Wednesday.', true],
    ['Will Twitter sue?', true],
    ['Lawsuit time!', true],
    ['He said: “They trained illegally using Twitter data.”', true],
    ['(The figures were not confirmed.)', true],
    ['Le procès aura-t-il lieu ?', true],
    ['« Nous examinerons ces questions. »', true],
    ['«\u202FC’est une affaire de données\u202F!\u202F»', true],
    ['„Wir werden diese Fragen prüfen.“', true],
    ['هل ستلجأ تويتر إلى القضاء؟', true],
    ['Legal Action', false],
    ['Read more:', false],
    ['Twitter, Microsoft', false],
    ['The Microsoft stand in Barcelona (AFP/Archives – Josep LAGO)', false],
  ])('says %j ends a sentence: %s', (line, expected) => {
    expect(endsSentence(line)).toBe(expected);
  });
});

describe('isProse', () => {
  test.each<[string, boolean]>([
    ['The letter was sent to Microsoft on Wednesday.', true],
    ['„Wir werden diese Fragen prüfen und angemessen antworten.“', true],
    ['« Nous examinerons ces questions et répondrons de manière appropriée. »', true],
    ['Shaw said so.', false],
    ['Twitter Accuses Microsoft of Data Policy Breach, Raising Concerns over Privacy and Accountability', false],
    [`${'Twitter and Microsoft '.repeat(9)}and more`, true],
  ])('says %j is running text: %s', (line, expected) => {
    expect(isProse(line)).toBe(expected);
  });
});

describe('isTitleLike', () => {
  test.each<[string, number, boolean]>([
    ['Legal Action', 10, true],
    ["Protecting Users' Data", 10, true],
    ['Twitter Accuses Microsoft of Data Policy Breach, Raising Concerns over Privacy and Accountability', 25, true],
    ['Twitter accuse Microsoft de mauvaise utilisation de ses données', 25, true],
    ['Twitter wirft Microsoft Datenmissbrauch vor', 25, true],
    ['تويتر تتهم مايكروسوفت بإساءة استخدام بياناتها', 25, true],
    ['“Lawsuit time”', 25, true],
    ['The letter was sent on Wednesday.', 25, false],
    ['« Nous examinerons ces questions. »', 25, false],
    ['Read more:', 25, false],
    ['written by Android', 25, false],
    ['Twitter Accuses Microsoft of Data Policy Breach, Raising Concerns over Privacy and Accountability', 10, false],
    ['— 2023', 25, false],
  ])('says %j is title-like within %i words: %s', (line, maxWords, expected) => {
    expect(isTitleLike(line, maxWords)).toBe(expected);
  });
});
