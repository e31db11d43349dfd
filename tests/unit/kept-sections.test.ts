// The dossier's sections kept across builds: worked out again only when their input changed, and given back holding
// the very input objects, as a section worked out on the spot does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore } from '../../src/pipeline/build-cache.ts';
import { buildDossier, DOSSIER_LIMITS, type KeepSection } from '../../src/pipeline/dossier/build-dossier.ts';
import { keepSectionIn, withItems, withReferences, type KeptSection } from '../../src/pipeline/kept-sections.ts';
import { articleOf } from '../helpers/articles.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-sections-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Mention {
  source: string;
  text: string;
}
const mentions = (): Mention[] => [
  { source: 'a.txt', text: 'One million' },
  { source: 'b.txt', text: 'un million' },
  { source: 'c.txt', text: 'two' },
];
/** A section like the dossier's: groups of its input's items, with fields of their own. */
const group = (input: Mention[]) => [{ id: 'g1', about: null, sources: [input[0]!, input[1]!] }, { id: 'g2', about: 'x', sources: [input[2]!], values: [1, 2.5] }];

/** One build: the store opened from the folder, a section kept through it, the store saved. */
async function build<O>(input: Mention[], compute: (input: Mention[]) => O): Promise<{ value: O; computed: number }> {
  const store = await openStore<KeptSection>(dir, 'dossier-sections', 'v1');
  let computed = 0;
  const value = keepSectionIn(store)('figures', input, (i) => (computed++, compute(i)));
  await store.save();
  return { value, computed };
}

describe('keepSectionIn', () => {
  test('works a section out once, and gives it back in the next build for the same input, holding that build’s items', async () => {
    const first = await build(mentions(), group);
    expect(first.computed).toBe(1);
    const input = mentions();
    const second = await build(input, group);
    expect(second.computed).toBe(0);
    expect(second.value).toEqual(group(input));
    expect(second.value[0]!.sources[0]).toBe(input[0]);
    expect(second.value[1]!.sources[0]).toBe(input[2]);
  });

  test('works it out again when any item of the input changed, or the kept value points past the input', async () => {
    await build(mentions(), group);
    const changed = mentions();
    changed[1] = { ...changed[1]!, text: 'un million et demi' };
    expect((await build(changed, group)).computed).toBe(1);
    expect((await build(changed, group)).computed).toBe(0);
    // A kept value whose reference points past its input (a store edited by hand) is not given back.
    const store = await openStore<KeptSection>(dir, 'dossier-sections', 'v1');
    const kept = store.get('figures')!;
    store.set('figures', { ...kept, value: [{ sources: [{ '\u0000': 99 }] }] });
    await store.save();
    const again = await build(changed, group);
    expect(again.computed).toBe(1);
    expect(again.value).toEqual(group(changed));
  });
});

describe('withReferences and withItems', () => {
  test('round-trip through JSON to an equal value whose items are the input objects', () => {
    const input = mentions();
    const value = group(input);
    const stored = JSON.parse(JSON.stringify(withReferences(value, new Map(input.map((m, i) => [m, i])))));
    expect(JSON.stringify(stored)).not.toContain('million');
    const back = withItems(stored, input);
    expect(back).toEqual({ ok: true, value });
    if (back.ok) expect((back.value as typeof value)[0]!.sources[1]).toBe(input[1]);
  });

  test('leave values that hold no item as they are', () => {
    const value = { a: [1, 'two', null, { b: true }] };
    expect(withReferences(value, new Map())).toEqual(value);
    expect(withItems(value, [])).toEqual({ ok: true, value });
  });
});

describe('the dossier’s kept sections', () => {
  /** The longest list anywhere in `value`. */
  const longestList = (value: unknown): number => {
    if (typeof value !== 'object' || value === null) return 0;
    const inner = Math.max(0, ...Object.values(value).map(longestList));
    return Array.isArray(value) ? Math.max(value.length, inner) : inner;
  };
  /** 160 articles, each with a figure, three dates and a quote of its own: more of each than the dossier shows. */
  const articles = Array.from({ length: 160 }, (_, i) =>
    articleOf(
      'en',
      `The council paid ${i + 3} million dollars for the bridge in Tormir ${i}.`,
      `On ${1 + (i % 28)} March ${1900 + i}, the council met again. On ${1 + (i % 28)} June ${1900 + i}, it voted. On ${1 + (i % 28)} October ${1900 + i}, it closed.`,
      `“We will finish the bridge number ${i} before the winter comes,” a spokesman said.`,
    ),
  );
  const entities = { types: new Map(), names: new Map(), resolveName: () => null };

  test('are kept as the dossier shows them, cut to its limits, not every group of a large corpus', () => {
    const kept = new Map<string, { input: unknown; value: unknown }>();
    const keeping: KeepSection = (name, input, compute) => {
      const value = compute(input);
      kept.set(name, { input, value });
      return value;
    };
    const dossier = buildDossier(articles, entities, { keepSection: keeping });
    expect([dossier.figures.length, dossier.quotes.length, dossier.timeline.length]).toEqual([DOSSIER_LIMITS.figures, DOSSIER_LIMITS.quotes, DOSSIER_LIMITS.timeline]);
    const limits = { figures: DOSSIER_LIMITS.figures, quotes: DOSSIER_LIMITS.quotes, timeline: DOSSIER_LIMITS.timeline };
    for (const [name, limit] of Object.entries(limits)) {
      const section = kept.get(name)!;
      expect(longestList(section.input), name).toBeGreaterThan(limit);
      expect(longestList(section.value), name).toBe(limit);
    }
    expect(dossier).toEqual(buildDossier(articles, entities));
  });

  test('give the next build the same dossier through the store', async () => {
    const store = await openStore<KeptSection>(dir, 'dossier-sections', 'v1');
    const first = buildDossier(articles, entities, { keepSection: keepSectionIn(store) });
    await store.save();
    const again = await openStore<KeptSection>(dir, 'dossier-sections', 'v1');
    let computed = 0;
    const counting: KeepSection = (name, input, compute) => keepSectionIn(again)(name, input, (i) => (computed++, compute(i)));
    expect(buildDossier(articles, entities, { keepSection: counting })).toEqual(first);
    expect(computed).toBe(0);
  });
});
