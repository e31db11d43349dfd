import { segmentSentences } from '../../src/pipeline/sentence-spans.ts';
import { describe, expect, test } from 'vitest';
import type { QuoteMention } from '../../src/pipeline/dossier/dossier-types.ts';
import { extractQuotes, type QuoteContext } from '../../src/pipeline/dossier/extract-quotes.ts';
import { groupQuotes } from '../../src/pipeline/dossier/group-quotes.ts';
import { findQuotedSpans } from '../../src/pipeline/dossier/find-quoted-spans.ts';
import { paragraphId, parseEntityId, parseSlug, type EntityId } from '../../src/pipeline/ids.ts';
import { buildMatcher } from '../../src/pipeline/match-names.ts';
import type { EntityType } from '../../src/pipeline/schemas.ts';
import type { Article } from '../../src/pipeline/types.ts';

/** The people and organisations of these tests, with the names each language writes them by. */
const ENTITIES: Array<{ id: string; type: EntityType; names: string[] }> = [
  { id: 'lena-marwick', type: 'person', names: ['Lena Marwick', 'Marwick', 'لينا ماروك', 'ماروك'] },
  { id: 'omar-haddad', type: 'person', names: ['Omar Haddad', 'Haddad', 'عمر حداد', 'حداد'] },
  { id: 'hydralis', type: 'organization', names: ['Hydralis', 'هيدراليس'] },
  { id: 'nerava', type: 'place', names: ['Nerava', 'نيرافا'] },
];
const matcher = buildMatcher(ENTITIES.flatMap((e) => e.names.map((surface) => ({ entity: parseEntityId(e.id), surface, kind: 'name' as const }))));
const context: QuoteContext = {
  types: new Map(ENTITIES.map((e) => [e.id, e.type])),
  resolveName: (name) => matcher.match(name)[0]?.entity ?? null,
};

/** An article of one paragraph per text, with its names linked the way the pipeline links them. */
function article(source: string, lang: string, ...texts: string[]): Article {
  return {
    source, slug: parseSlug(source.replace(/\..*$/u, '')), title: source, hasHeadline: true, lang, dir: lang === 'ar' ? 'rtl' : 'ltr', dropped: [], words: 0, hash: '',
    blocks: texts.map((text, i) => ({ kind: 'paragraph', id: paragraphId(i + 1), text, sentences: segmentSentences(text, lang), mentions: matcher.match(text).filter((m) => m.kind === 'name').map(({ entity, start, end }) => ({ entity, start, end })) })),
  };
}

const quotesOf = (lang: string, text: string): Array<Pick<QuoteMention, 'text' | 'speaker' | 'indirect'>> =>
  extractQuotes(article('a.txt', lang, text), context).map(({ text: words, speaker, indirect }) => ({ text: words, speaker, indirect }));

describe('quotation marks of every style', () => {
  test.each([
    ['“curly double”', 'He said “we delivered the plant on time” yesterday.', 'we delivered the plant on time'],
    ['"straight double"', 'He said "we delivered the plant on time" yesterday.', 'we delivered the plant on time'],
    ['« French guillemets »', 'Il a dit « nous avons livré l’usine à temps » hier.', 'nous avons livré l’usine à temps'],
    ['„German low-high“', 'Er sagte „wir haben die Anlage pünktlich geliefert“ gestern.', 'wir haben die Anlage pünktlich geliefert'],
    ['«Spanish guillemets»', 'Dijo «entregamos la planta a tiempo» ayer.', 'entregamos la planta a tiempo'],
    ['Arabic guillemets', 'وقال «لقد سلمنا المحطة في الموعد المحدد» أمس.', 'لقد سلمنا المحطة في الموعد المحدد'],
  ])('%s', (_, text, inner) => {
    const spans = findQuotedSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toContain(inner);
  });
});

describe('attributing direct quotes to their speaker', () => {
  test.each([
    ['en', 'X said', 'Lena Marwick said: “We delivered the plant we were asked to build.”', 'lena-marwick'],
    ['en', 'said X', '“We delivered the plant we were asked to build,” said Lena Marwick.', 'lena-marwick'],
    ['en', 'X said after the quote', '“We delivered the plant we were asked to build,” Marwick said on Monday.', 'lena-marwick'],
    ['en', 'X told', 'Omar Haddad told reporters: “The people of Nerava paid for water, not for excuses.”', 'omar-haddad'],
    ['en', 'according to X', 'According to Omar Haddad, “the people of Nerava paid for water, not for excuses.”', 'omar-haddad'],
    ['en', 'X tweeted', 'Hydralis tweeted: “We delivered the plant we were asked to build.”', 'hydralis'],
    ['en', 'he wrote, after a named person', 'Marwick answered the ministry. “We delivered the plant we were asked to build,” she wrote.', 'lena-marwick'],
    ['fr', 'a déclaré X', '« Nous avons livré l’usine qu’on nous a demandé de construire », a déclaré Lena Marwick.', 'lena-marwick'],
    ['fr', 'selon X', 'Selon Omar Haddad, « les habitants de Nerava ont payé pour de l’eau ».', 'omar-haddad'],
    ['de', 'sagte X', '„Wir haben die Anlage gebaut, die man bei uns bestellt hat“, sagte Lena Marwick.', 'lena-marwick'],
    ['de', 'X erklärte', 'Omar Haddad erklärte: „Die Menschen in Nerava haben für Wasser bezahlt.“', 'omar-haddad'],
    ['es', 'dijo X', '«Entregamos la planta que nos pidieron construir», dijo Lena Marwick.', 'lena-marwick'],
    ['es', 'según X', 'Según Omar Haddad, «los vecinos de Nerava pagaron por agua, no por excusas».', 'omar-haddad'],
    ['ar', 'قال X', 'وقال عمر حداد: «سكان نيرافا دفعوا ثمن الماء وليس الأعذار».', 'omar-haddad'],
    ['ar', 'وقالت X', 'وقالت لينا ماروك: «لقد سلمنا المحطة التي طلب منا بناؤها».', 'lena-marwick'],
  ])('%s: %s', (lang, _, text, speaker) => {
    const direct = quotesOf(lang, text).filter((q) => !q.indirect);
    expect(direct).toHaveLength(1);
    expect(direct[0]!.speaker).toBe(speaker);
  });

  test('leaves short scare quotes alone', () => {
    expect(quotesOf('en', 'Haddad called the plant a “white elephant” on Monday.')).toEqual([]);
  });

  test('names no speaker when the sentence has no verb of saying and no attribution', () => {
    const [quote] = quotesOf('en', 'The banner read “the people of Nerava paid for water” in red letters.');
    expect(quote?.speaker ?? null).toBeNull();
  });
});

describe('reported speech', () => {
  test.each([
    ['en', 'Omar Haddad said that the ministry would look for a new operator soon.', 'omar-haddad', 'the ministry would look for a new operator soon'],
    ['fr', 'Omar Haddad a déclaré que le ministère chercherait bientôt un nouvel exploitant.', 'omar-haddad', 'le ministère chercherait bientôt un nouvel exploitant'],
    ['de', 'Omar Haddad sagte, dass das Ministerium bald einen neuen Betreiber suchen werde.', 'omar-haddad', 'das Ministerium bald einen neuen Betreiber suchen werde'],
    ['ar', 'وقال عمر حداد إن الوزارة ستبحث قريبا عن مشغل جديد للمحطة.', 'omar-haddad', 'الوزارة ستبحث قريبا عن مشغل جديد للمحطة'],
    ['en', 'Omar Haddad accused Hydralis of building a plant that never worked properly.', 'omar-haddad', 'building a plant that never worked properly'],
    ['en', 'Lena Marwick, the chief executive of Hydralis, accused the ministry of breaking the contract on purpose.', 'lena-marwick', 'breaking the contract on purpose'],
    ['fr', 'Omar Haddad a accusé Hydralis de ne jamais avoir livré une usine qui fonctionne.', 'omar-haddad', 'ne jamais avoir livré une usine qui fonctionne'],
  ])('%s: %s', (lang, text, speaker, words) => {
    const reported = quotesOf(lang, text).filter((q) => q.indirect);
    expect(reported).toEqual([{ text: words, speaker, indirect: true }]);
  });
});

describe('grouping one statement across sources and languages', () => {
  const quotes = [
    ...extractQuotes(article('en1.txt', 'en', '“We delivered the plant we were asked to build,” said Lena Marwick.', 'Omar Haddad said: “The people of Nerava paid for water, not for excuses.”'), context),
    ...extractQuotes(article('en2.txt', 'en', 'Lena Marwick said: “We delivered exactly the plant we were asked to build.”'), context),
    ...extractQuotes(article('fr.txt', 'fr', '« Nous avons livré l’usine qu’on nous a demandé de construire », a déclaré Lena Marwick.'), context),
    ...extractQuotes(article('ar.txt', 'ar', 'وقال عمر حداد: «سكان نيرافا دفعوا ثمن الماء وليس الأعذار».'), context),
  ];
  const groups = groupQuotes(quotes);
  const sourcesOf = (speaker: EntityId | string): string[][] => groups.filter((g) => g.speaker === speaker).map((g) => g.sources.map((s) => s.source).sort());

  test('puts the same words from two sources in one group', () => {
    expect(sourcesOf('lena-marwick')).toEqual([['en1.txt', 'en2.txt', 'fr.txt']]);
  });

  test('joins a translation to its speaker’s statement, in a Latin or another script', () => {
    expect(sourcesOf('omar-haddad')).toEqual([['ar.txt', 'en1.txt']]);
  });

  test('shows the English wording when English sources carry the statement', () => {
    expect(groups.find((g) => g.speaker === 'lena-marwick')!.text).toMatch(/^We delivered/u);
  });

  test('keeps two statements of one speaker apart when nothing links a translation to either', () => {
    const two = groupQuotes([
      ...extractQuotes(article('en.txt', 'en', '“We delivered the plant we were asked to build,” said Lena Marwick.', '“Our engineers will stay until the work is done,” said Lena Marwick.'), context),
      ...extractQuotes(article('fr.txt', 'fr', '« Nous ne partirons pas avant la fin des travaux », a déclaré Lena Marwick.'), context),
    ]);
    expect(two.find((g) => g.sources.some((s) => s.source === 'fr.txt'))!.sources).toHaveLength(1);
  });

  test('records every speaker the sources name, so a misattribution shows', () => {
    const mixed = groupQuotes([
      ...extractQuotes(article('a.txt', 'en', '“The people of Nerava paid for water, not for excuses,” said Omar Haddad.'), context),
      ...extractQuotes(article('b.txt', 'en', '“The people of Nerava paid for water, not for excuses,” said Lena Marwick.'), context),
    ]);
    expect(mixed).toHaveLength(1);
    expect(new Set(mixed[0]!.speakers)).toEqual(new Set(['omar-haddad', 'lena-marwick']));
  });
});
