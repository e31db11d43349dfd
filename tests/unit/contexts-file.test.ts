// contexts.json: every entity's sentences come back exactly as the pipeline made them, each sentence is stored once,
// and an entity's digest moves with what its page shows and with nothing else.
import { describe, expect, test } from 'vitest';
import { contextsDigests, contextsFileKey, contextsSummary, packContexts, unpackContexts } from '../../src/pipeline/contexts-file.ts';
import { contextsFileSchema, type MentionContext } from '../../src/pipeline/schemas.ts';

const context = (article: string, paragraph: string, sentence: string, lang = 'en'): MentionContext => ({
  article,
  source: `${article}.txt`,
  paragraph,
  lang,
  dir: lang === 'ar' ? 'rtl' : 'ltr',
  sentence,
});

const SHARED = 'Jane Doe told Acme that Globex had left.';
const entities = [
  { id: 'jane-doe', contexts: [context('first', 'p1', SHARED), context('second', 'p3', 'Doe declined to comment.')] },
  { id: 'acme', contexts: [context('first', 'p1', SHARED), context('third', 'p2', 'أكمي قالت ذلك', 'ar')] },
  { id: 'quiet', contexts: [] },
];

describe('packContexts and unpackContexts', () => {
  test('give back each entity its sentences, in order, with their articles', () => {
    const file = contextsFileSchema.parse(JSON.parse(JSON.stringify(packContexts(entities, 'k'))));
    for (const { id, contexts } of entities) expect(unpackContexts(file, id)).toEqual(contexts);
    // /api/entities/<id>.json shows them: their keys keep the schema's order.
    expect(Object.keys(unpackContexts(file, 'jane-doe')[0]!)).toEqual(Object.keys(entities[0]!.contexts[0]!));
    expect(unpackContexts(file, 'nobody')).toEqual([]);
    expect(unpackContexts(file, 'constructor')).toEqual([]);
  });

  test('store a sentence named by several entities, and an article cited several times, once', () => {
    const file = packContexts(entities, 'k');
    expect(file.sentences.filter((s) => s === SHARED)).toHaveLength(1);
    expect(file.articles.map((a) => a.article)).toEqual(['first', 'second', 'third']);
  });
});

describe('contextsSummary', () => {
  const summary = (list: typeof entities, id: string) => contextsSummary(packContexts(list, 'k'), id);

  test('lists the articles an entity is cited from, once each', () => {
    expect(summary(entities, 'jane-doe').articles).toEqual(['first', 'second']);
  });

  test("changes when one of the entity's sentences, paragraphs or articles changes", () => {
    const before = summary(entities, 'jane-doe').digest;
    const edit = (change: Partial<MentionContext>) => [{ ...entities[0]!, contexts: [{ ...entities[0]!.contexts[0]!, ...change }, entities[0]!.contexts[1]!] }];
    expect(summary(edit({ sentence: 'Jane Doe told Acme nothing.' }), 'jane-doe').digest).not.toBe(before);
    expect(summary(edit({ paragraph: 'p2' }), 'jane-doe').digest).not.toBe(before);
    expect(summary(edit({ article: 'fourth' }), 'jane-doe').digest).not.toBe(before);
    expect(summary(edit({ source: 'elsewhere.txt' }), 'jane-doe').digest).not.toBe(before);
  });

  test("stays the same when only other entities' sentences come or go", () => {
    const before = summary(entities, 'acme').digest;
    const withoutFirst = entities.slice(1);
    const withMore = [{ id: 'new', contexts: [context('zeroth', 'p9', 'Something else entirely.')] }, ...entities];
    expect(summary(withoutFirst, 'acme').digest).toBe(before);
    expect(summary(withMore, 'acme').digest).toBe(before);
  });
});

describe('contextsFileKey', () => {
  const key = (list: typeof entities, version = 'v1') => contextsFileKey(version, contextsDigests(list));

  test("is the packed file's first field, and each entity's packed digest is its contextsDigests one", () => {
    const file = packContexts(entities, key(entities));
    expect(Object.keys(file)[0]).toBe('key');
    expect(JSON.stringify(file).startsWith(`{"key":"${key(entities)}"`)).toBe(true);
    expect(new Map(Object.entries(file.entities).map(([id, { digest }]) => [id, digest]))).toEqual(contextsDigests(entities));
  });

  test('is the same for the same sentences and code, and changes with any sentence, the order of the entities or the code', () => {
    const copy = entities.map((e) => ({ ...e, contexts: e.contexts.map((c) => ({ ...c })) }));
    expect(key(copy)).toBe(key(entities));
    const edited = [{ ...entities[0]!, contexts: [{ ...entities[0]!.contexts[0]!, sentence: 'Jane Doe told Acme nothing.' }, entities[0]!.contexts[1]!] }, ...entities.slice(1)];
    expect(key(edited)).not.toBe(key(entities));
    expect(key([...entities].reverse())).not.toBe(key(entities));
    expect(key(entities.slice(0, 2))).not.toBe(key(entities));
    expect(key(entities, 'v2')).not.toBe(key(entities));
  });
});
