import { describe, expect, test } from 'vitest';
import { articleOf } from '../helpers/articles.ts';
import { discoverEntities } from '../helpers/discover.ts';
import type { DiscoveredName } from '../../src/pipeline/discover-entities.ts';
import { readWithTagger } from '../../src/pipeline/english-tagger.ts';
import { parseEntityId } from '../../src/pipeline/ids.ts';
import type { TaggerRequest } from '../../src/pipeline/guess-entity-type.ts';
import { buildMatcher } from '../../src/pipeline/match-names.ts';
import { recogniseEntities } from '../../src/pipeline/recognise-entities.ts';
import type { Article } from '../../src/pipeline/types.ts';

const article = articleOf;

const discover = (...articles: Article[]): DiscoveredName[] => discoverEntities(articles, buildMatcher([]), []).discovered;
const named = (found: DiscoveredName[], name: string): DiscoveredName | undefined => found.find((d) => d.name === name);
const allNames = (found: DiscoveredName[]): string[] => found.map((d) => d.name).sort();

describe('short names', () => {
  test('a surname resolves to the one full name ending in it', () => {
    const found = discover(
      article('en', 'Microsoft chief Satya Nadella spoke on Monday.', 'Later, Nadella said the deal was fair.'),
      article('en', 'Analysts said Satya Nadella was right.', 'They think Nadella will win.'),
    );
    expect(named(found, 'Satya Nadella')).toMatchObject({ type: 'person', aliases: ['Nadella'], articles: 2 });
    expect(named(found, 'Nadella')).toBeUndefined();
  });

  test('a surname resolves to a registry entry ending in it', () => {
    const id = parseEntityId('satya-nadella');
    const { discovered, registryAliases } = discoverEntities(
      [article('en', 'Microsoft chief Satya Nadella spoke on Monday.', 'Later, Nadella said the deal was fair.'), article('en', 'Analysts said Nadella was right.')],
      buildMatcher([{ entity: id, surface: 'Satya Nadella', kind: 'name' }]),
      [{ id, name: 'Satya Nadella' }],
    );
    expect(registryAliases).toEqual([{ entity: id, surface: 'Nadella' }]);
    expect(discovered.map((d) => d.name)).not.toContain('Nadella');
    expect(discovered.map((d) => d.name)).not.toContain('Satya Nadella');
  });

  test('a surname shared by two full names goes to neither', () => {
    const found = discover(
      article('en', 'Yesterday Lena Marwick and her brother Tom Marwick spoke.', 'Later, the critic Marwick said no.'),
      article('en', 'Critics quoted Lena Marwick and Tom Marwick.', 'Again, the critic Marwick said no.'),
    );
    expect(named(found, 'Lena Marwick')?.aliases).not.toContain('Marwick');
    expect(named(found, 'Tom Marwick')?.aliases).not.toContain('Marwick');
  });

  test('a short name written in more articles than any longer name ending in it stands alone', () => {
    const found = discover(
      article('en', 'The row between Microsoft and Twitter grew.', 'Users of the site left Twitter in droves.'),
      article('en', 'Officials at Twitter said no.'),
      article('en', 'A letter from Twitter arrived.'),
    );
    expect(named(found, 'Twitter')).toMatchObject({ type: 'organization', articles: 3 });
    expect(named(found, 'Microsoft and Twitter')?.aliases ?? []).not.toContain('Twitter');
  });

  // Regression (fixed): the "stands alone" rule compares article counts only, so a person's surname used alone in one more article
  // than the full name becomes a second entity ("Nadella" beside "Satya Nadella"), giving one person two pages.
  test('a surname used alone in another article still resolves to the full name', () => {
    const found = discover(
      article('en', 'Microsoft chief Satya Nadella spoke on Monday.', 'Later, Nadella said the deal was fair.'),
      article('en', 'Analysts said Nadella was right.'),
    );
    expect(named(found, 'Nadella')).toBeUndefined();
    expect(named(found, 'Satya Nadella')?.aliases).toContain('Nadella');
  });
});

describe('names joined by a conjunction', () => {
  test('"Bing and Xbox" is two names when each stands alone elsewhere', () => {
    const found = discover(
      article('en', 'It dropped Bing and Xbox from the deal.'),
      article('en', 'The users of Bing were upset.', 'Fans of Bing complained.'),
      article('en', 'The owners of Xbox were upset.', 'The price of Xbox rose.'),
    );
    expect(allNames(found)).toEqual(['Bing', 'Xbox']);
    expect(named(found, 'Bing')?.articles).toBe(2);
  });

  test('"Ministry of Water and Energy" stays one name though "Energy" stands alone', () => {
    const found = discover(
      article('en', 'The Ministry of Water and Energy said so.'),
      article('en', 'A report by the Ministry of Water and Energy came out.'),
      article('en', 'Rain fell on the new Energy sector.'),
    );
    expect(named(found, 'Ministry of Water and Energy')).toMatchObject({ type: 'organization', articles: 2 });
    expect(allNames(found)).not.toContain('Ministry of Water');
  });

  test('"X and Y" stays one name when only one side stands alone', () => {
    const found = discover(
      article('en', 'The row between Microsoft and Twitter grew.'),
      article('en', 'Officials at Twitter said no.'),
    );
    expect(allNames(found)).not.toContain('Microsoft');
  });
});

describe('German, where every noun is capitalised', () => {
  test('with other languages, a German run keeps only the words they capitalise', () => {
    const found = discover(
      article('en', 'The expert Omar Haddad said the plant would open.'),
      article('de', 'Der Wasserexperte Omar Haddad sagte, die Anlage liefere täglich Kubikmeter Trinkwasser.', 'Laut Wasserexperte Omar Haddad kostet die Kubikmeter Trinkwasser mehr.'),
    );
    expect(named(found, 'Omar Haddad')).toMatchObject({ type: 'person', articles: 2 });
    expect(allNames(found).filter((n) => /Wasser|Kubikmeter|Trinkwasser|Anlage/u.test(n))).toEqual([]);
  });

  test('a German role compound before a name is not part of it', () => {
    const found = discover(
      article('fr', 'Le ministre Omar Haddad a parlé.'),
      article('de', 'Wasserminister Omar Haddad sagte nichts.', 'Später sprach Wasserminister Omar Haddad doch.'),
    );
    expect(allNames(found)).toEqual(['Omar Haddad']);
  });

  test('in a German-only corpus, single capitalised words are not names', () => {
    const found = discover(
      article('de', 'Heute liefert Hydralis viel Wasser an die Stadt.', 'Später baute Hydralis mehr.'),
      article('de', 'Damit verdient Hydralis viel Geld.', 'Das Wasser kommt aus dem Meer.'),
    );
    expect(found).toEqual([]);
  });

  // Known gap: hasEvidence refuses German-only single words, but multi-word runs pass on one mid-sentence mention, and
  // trimToAttested runs only when other languages exist; so in a German-only corpus "Kubikmeter Trinkwasser" (cubic
  // metres of drinking water) becomes an entity, typed person.
  test.fails('in a German-only corpus, runs of capitalised nouns are not names', () => {
    const found = discover(
      article('de', 'Die Anlage liefert täglich Kubikmeter Trinkwasser an die Stadt.', 'Das Werk kauft Kubikmeter Trinkwasser.'),
    );
    expect(allNames(found)).not.toContain('Kubikmeter Trinkwasser');
  });
});

describe('evidence', () => {
  test('a single word needs a mid-sentence mention and more than one mention', () => {
    expect(discover(article('en', 'The plant was built by Hydralis last year.'))).toEqual([]);
    expect(discover(article('en', 'Hydralis built it.', 'Hydralis paid.'))).toEqual([]);
    expect(allNames(discover(article('en', 'It was built by Hydralis.', 'Later, Hydralis paid.')))).toEqual(['Hydralis']);
  });

  test('names matched by the registry are not discovered again', () => {
    const id = parseEntityId('hydralis');
    const { discovered } = discoverEntities(
      [article('en', 'It was built by Hydralis.', 'Later, Hydralis paid.')],
      buildMatcher([{ entity: id, surface: 'Hydralis', kind: 'name' }]),
      [{ id, name: 'Hydralis' }],
    );
    expect(discovered).toEqual([]);
  });

  test('mentions merge across articles and languages by folded name', () => {
    const found = discover(
      article('en', 'A loan from the Banco de España arrived.'),
      article('es', 'Un informe del Banco de España salió.'),
      article('fr', 'Un rapport du Banco de Espana est paru.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Banco de España', aliases: ['Banco de Espana'], articles: 3 });
  });
});

describe('types', () => {
  test.each([
    ['organization by its last word', 'Acme Shipping', 'organization', [article('en', 'Goods were moved by Acme Shipping across the bay.', 'Later, Acme Shipping denied it.')]],
    ['organization: University of …', 'University of Velmora', 'organization', [article('en', 'A study by the University of Velmora came out.'), article('en', 'Researchers at the University of Velmora agreed.')]],
    ['place: … City', 'Velmora City', 'place', [article('en', 'The port of Velmora City is closed.'), article('en', 'Ships left Velmora City yesterday.')]],
    ['place: after “in”', 'Velmora', 'place', [article('en', 'The plant was built in Velmora last year.', 'Water in Velmora is scarce.')]],
    ['person: a single word before “said”', 'Quillon', 'person', [article('en', 'The plan is bad, Quillon said on Monday.', 'Later, Quillon said more.')]],
    ['person: after “Mme”', 'Quillon', 'person', [article('fr', 'Le projet de Mme Quillon est prêt.', 'Il faut attendre, dit Mme Quillon.')]],
    ['person: a single word after “said”', 'Quillon', 'person', [article('en', '“The plan is bad,” said Quillon on Monday.', 'Later, said Quillon, it got worse.')]],
    ['person: before “sagte”', 'Quillon', 'person', [article('de', 'Laut Quillon sagte niemand etwas.', 'Nur Quillon sagte nein.'), article('en', 'A note from Quillon came.')]],
    ['organization: a single word with no cue', 'Hydralis', 'organization', [article('en', 'It was built by Hydralis.', 'Later, Hydralis paid.')]],
  ])('%s', (_label, name, type, articles) => {
    expect(named(discover(...articles), name)?.type).toBe(type);
  });

  // Regression (fixed): voteFromContext and voteFromName fold the words they read (accents removed) but look them up in lists
  // written with accents ("à", "près", "fundación", "comisión", "señora"), so those cues never count. And the verbs
  // of speech counted before a name ("said Quillon") are English only, while German and Spanish put the verb first
  // ("sagte Quillon", "dijo Quillon"); those verbs count only after a name.
  test.each([
    ['place: after French “à”', 'Velmora', 'place', [article('fr', 'L’usine est construite à Velmora depuis mai.', 'Il pleut à Velmora.')]],
    ['person: after German “sagte”', 'Quillon', 'person', [article('de', 'Das sei gut, sagte Quillon.', 'Später sagte Quillon mehr.'), article('en', 'A note from Quillon came.')]],
    ['person: after Spanish “dijo”', 'Quillon', 'person', [article('es', 'Es caro, dijo Quillon ayer.', 'Luego dijo Quillon más.')]],
    ['organization: Fundación …', 'Fundación Velmora', 'organization', [article('es', 'El contrato de la Fundación Velmora fue firmado.', 'Un portavoz de la Fundación Velmora lo confirmó.')]],
  ])('%s', (_label, name, type, articles) => {
    expect(named(discover(...articles), name)?.type).toBe(type);
  });
});

describe('the tagger reader', () => {
  const corpus = [
    article('en', 'Microsoft chief Satya Nadella spoke on Monday.', 'Later, Nadella said the deal was fair.'),
    article('en', 'Analysts said Satya Nadella was right about Hydralis.', 'They think Hydralis will win.'),
    article('fr', 'Lundi, Satya Nadella a parlé.'),
  ];

  test('is asked once for all readings, each (sentence, name) once, and gives what reading here gives', async () => {
    const asked: TaggerRequest[][] = [];
    const recognised = await recogniseEntities(corpus, [], async (requests) => {
      asked.push(requests);
      return requests.map(readWithTagger);
    });
    expect(asked).toHaveLength(1);
    const keys = asked[0]!.map((r) => `${r.name}|${r.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(asked[0]!.some((r) => r.name === 'Satya Nadella' && r.sentence.startsWith('Microsoft chief'))).toBe(true);
    expect(asked[0]!.every((r) => !r.sentence.includes('Lundi'))).toBe(true);
    expect(recognised.entities.map((e) => e.name).sort()).toEqual(discover(...corpus).map((d) => d.name).sort());
  });

  test('decides: a name every reading rejects is found only where the tagger does not read', async () => {
    const recognised = await recogniseEntities(corpus, [], async (requests) => requests.map(() => null));
    const names = recognised.entities.map((e) => e.name);
    expect(names).not.toContain('Hydralis');
    expect(names).toContain('Satya Nadella');
  });
});

describe('the first-name questions', () => {
  // Two mentions after "in" vote place twice; the tagger, asked about "Maria" alone, votes person twice if it knows the
  // first name. The tagger's readings of the sentences are left out (empty), so only these votes count.
  const corpus = [article('en', 'The new office in Maria Velkova opened.', 'A second office in Maria Velkova closed.')];
  const typeWith = async (answer: boolean) => {
    const asked: string[][] = [];
    const recognised = await recogniseEntities(corpus, [], async (requests) => requests.map(() => ({})), undefined, async (words) => {
      asked.push(words);
      return words.map(() => answer);
    });
    return { asked, type: recognised.entities.find((e) => e.name === 'Maria Velkova')?.type };
  };

  test('are asked once, each word once, and a first name makes a name a person', async () => {
    const yes = await typeWith(true);
    expect(yes.asked).toHaveLength(1);
    expect(yes.asked[0]).toContain('Maria');
    expect(new Set(yes.asked[0]).size).toBe(yes.asked[0]!.length);
    expect(yes.type).toBe('person');
    expect((await typeWith(false)).type).toBe('place');
  });
});
