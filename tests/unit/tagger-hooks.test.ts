// compromise's rule matcher handed only the hooks a document holds: the same matches as with every hook, over the
// sentences of the seeds, the second fixture corpus and a generated one.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise/two';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { narrowedToDocument, type BulkMatch, type MatchMethods, type RuleNet } from '../../src/pipeline/tagger-hooks.ts';

interface Compromise {
  methods(): MatchMethods & { one: { bulkMatch: BulkMatch } };
  plugin(plugin: { methods: { one: { bulkMatch: BulkMatch } } }): void;
}
const compromise = nlp as unknown as Compromise;

/** Sentences of every corpus the tests know, cut at full stops: thousands of English, French, German and Arabic ones. */
async function sentences(): Promise<string[]> {
  const generated = await mkdtemp(join(tmpdir(), 'casebook-hooks-'));
  await generateCorpus(40, generated);
  const folders = [join(import.meta.dirname, '../../seeds'), join(import.meta.dirname, '../fixtures/corpus-b'), generated];
  const texts: string[] = [];
  for (const folder of folders) for (const name of (await readdir(folder)).filter((n) => n.endsWith('.txt'))) texts.push(await readFile(join(folder, name), 'utf8'));
  return [...new Set(texts.flatMap((text) => text.split(/(?<=[.!?])\s+/u)).filter((s) => s.trim().length > 0))];
}

let all: string[];
let net: RuleNet;
let methods: ReturnType<Compromise['methods']>;
beforeAll(async () => {
  all = await sentences();
  // This file's own compromise, as installed (each test file loads its modules afresh): the post-tagger's net is
  // caught as it passes, and the matcher put back.
  methods = compromise.methods();
  const installed = methods.one.bulkMatch;
  let caught: RuleNet | undefined;
  compromise.plugin({ methods: { one: { bulkMatch: (document, given, m, options) => ((caught = given), installed(document, given, m, options)) } } });
  nlp('The council met on Monday.');
  compromise.plugin({ methods: { one: { bulkMatch: installed } } });
  net = caught!;
});

describe('narrowedToDocument', () => {
  test('finds exactly the matches bulkMatch finds with every hook', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(Object.keys(net.hooks).length).toBeGreaterThan(500);
    const installed = methods.one.bulkMatch;
    const narrowed = narrowedToDocument(installed);
    for (const sentence of all) {
      const document = nlp(sentence).docs as unknown[];
      expect(narrowed(document, net, methods), sentence).toEqual(installed(document, net, methods));
    }
  });

  test('hands bulkMatch the hooks the document holds, all of them and no other, in the order of the net', () => {
    const order = Object.keys(net.hooks);
    for (const sentence of all.slice(0, 200)) {
      const document = nlp(sentence).docs as unknown[];
      let given: string[] = [];
      narrowedToDocument((_document, narrowedNet) => ((given = Object.keys(narrowedNet.hooks)), []))(document, net, methods);
      const held = new Set(methods.one.cacheDoc(document).flatMap((set) => [...set]));
      expect(given, sentence).toEqual(order.filter((hook) => held.has(hook)));
      expect(given.length).toBeLessThan(order.length / 4);
    }
  });
});
