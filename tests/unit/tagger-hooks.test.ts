// compromise's rule matcher written again to gather candidate rules by number: the same matches as compromise's own,
// over the sentences of the seeds, the second fixture corpus and a generated one.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise/two';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { matchRulesByHooks, type BulkMatch, type MatchMethods, type RuleNet } from '../../src/pipeline/tagger-hooks.ts';

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
let installed: BulkMatch;
beforeAll(async () => {
  all = await sentences();
  // This file's own compromise, as installed (each test file loads its modules afresh): the post-tagger's net is
  // caught as it passes, and the matcher put back.
  methods = compromise.methods();
  installed = methods.one.bulkMatch;
  let caught: RuleNet | undefined;
  compromise.plugin({ methods: { one: { bulkMatch: (document, given, m, options) => ((caught = given), installed(document, given, m, options)) } } });
  nlp('The council met on Monday.');
  compromise.plugin({ methods: { one: { bulkMatch: installed } } });
  net = caught!;
});

describe('matchRulesByHooks', () => {
  test('finds exactly the matches compromise finds, in the same order', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(Object.keys(net.hooks).length).toBeGreaterThan(500);
    let matched = 0;
    for (const sentence of all) {
      // Split at commas, as the post-tagger does, so that a document has several sentences.
      const document = nlp(sentence.replaceAll(',', '.')).docs as unknown[][];
      const expected = installed(document, net, methods);
      expect(matchRulesByHooks(document, net, methods), sentence).toEqual(expected);
      matched += expected.length;
    }
    // Most sentences match some rule, so the comparison means something.
    expect(matched).toBeGreaterThan(all.length / 2);
  });

  test('stops at the first match when asked to, as compromise does', () => {
    for (const sentence of all.slice(0, 300)) {
      const document = nlp(sentence).docs as unknown[][];
      expect(matchRulesByHooks(document, net, methods, { matchOne: true }), sentence).toEqual(installed(document, net, methods, { matchOne: true }));
    }
  });

  test('tags names as compromise does when it is plugged in', () => {
    const tags = (text: string): string[] => nlp(text).json({ terms: { tags: true } }).flatMap((p: { terms: Array<{ tags: string[] }> }) => p.terms.map((t) => t.tags.join('|')));
    const before = all.slice(0, 400).map(tags);
    compromise.plugin({ methods: { one: { bulkMatch: matchRulesByHooks } } });
    try {
      expect(all.slice(0, 400).map(tags)).toEqual(before);
    } finally {
      compromise.plugin({ methods: { one: { bulkMatch: installed } } });
    }
  });
});
