// The claims the dossier takes from the clusters (the shared ones, each outlet's own, the summary's ranking), made only
// as asked for: the same as taking them from every claim made at once, over the seeds, the second fixture corpus and a
// generated corpus whose articles repeat one another's sentences.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { ClaimClusters, claimIds, sourceCount, type Claim, type ClaimSentence } from '../../src/pipeline/dossier/claim-clusters.ts';
import { clusterClaims } from '../../src/pipeline/dossier/cluster-claims.ts';
import { keySetsOf } from '../../src/pipeline/dossier/key-sets.ts';
import { parseSlug, type ParagraphId } from '../../src/pipeline/ids.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import type { Article } from '../../src/pipeline/types.ts';

/** The linked articles of the seeds in `folder`, as the dossier gets them. */
async function linked(folder: string): Promise<Article[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claim-clusters-'));
  await cp(folder, join(dir, 'seeds'), { recursive: true });
  const result = await runPipeline({ seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content'), registryPath: join(dir, 'none.yaml'), lockPath: join(dir, 'lock.json') });
  return result.articles;
}

const corpora: Array<[string, Article[]]> = [];
beforeAll(async () => {
  const generated = await mkdtemp(join(tmpdir(), 'claim-clusters-generated-'));
  await generateCorpus(80, generated);
  corpora.push(['the seeds', await linked(join(import.meta.dirname, '../../seeds'))]);
  corpora.push(['the second fixture corpus', await linked(join(import.meta.dirname, '../fixtures/corpus-b'))]);
  corpora.push(['a generated corpus', await linked(generated)]);
}, 240_000);

/** summarise's order: most sources, then most entities, then the claims' own order. */
const byRank = (claims: Claim[]): Claim[] => [...claims].sort((a, b) => sourceCount(b) - sourceCount(a) || b.entities.length - a.entities.length);

describe('the claims the dossier takes', () => {
  test('are those taken from every claim: the shared ones, each source\'s own, the languages and the ranking', () => {
    expect(corpora).toHaveLength(3);
    for (const [name, articles] of corpora) {
      const all = clusterClaims(articles).all();
      const claims = clusterClaims(articles);
      expect(all.length, name).toBeGreaterThan(20);
      const shared = all.filter((c) => sourceCount(c) >= 2);
      expect(claims.shared(), name).toEqual(shared);

      const ownBySource = Map.groupBy(all.filter((c) => c.entities.length >= 2 && sourceCount(c) === 1), (c) => c.sources[0]!.source);
      const own = new Map([...ownBySource].map(([source, list]) => [source, list.slice(0, 5).map((c) => c.id)]));
      expect(claims.onlyIds(5), name).toEqual(own);
      expect([...claims.onlyIds(5).keys()].sort(), name).toEqual([...own.keys()].sort());

      const langs = new Map<string, number>();
      for (const claim of all) for (const s of claim.sources) langs.set(s.lang, (langs.get(s.lang) ?? 0) + 1);
      // In order: the summary's language is the first of the most common.
      expect([...claims.langs()], name).toEqual([...langs]);
      expect([...claims.ranked()], name).toEqual(byRank(all));
    }
    // The generated articles repeat one another's sentences, so some claims have several sources.
    expect(corpora.some(([, articles]) => clusterClaims(articles).shared().length > 0)).toBe(true);
  });

  test('each claim once, whichever view made it first, and every id given once', () => {
    for (const [name, articles] of corpora) {
      const claims = clusterClaims(articles);
      const first = [...claims.ranked()].slice(0, 10);
      const all = claims.all();
      for (const claim of first) expect(all, name).toContain(claim);
      expect(new Set(all.map((c) => c.id)).size, name).toBe(all.length);
    }
  });
});

describe('claim ids', () => {
  /** A sentence of article `article`, paragraph `paragraph`, from seed `source`. */
  const sentence = (article: string, paragraph: string, source: string, text: string): ClaimSentence => ({
    article: parseSlug(article), source, paragraph: paragraph as ParagraphId, lang: 'en', text, entities: [],
  });

  test('are the ids claimIds gives the claims in order of their first sentence, paragraph ids of any form', () => {
    for (const paragraphs of [['p1', 'p1', 'p2', 'p1', 'p2'], ['p1', '2', 'p1-2', 'p1', '2']]) {
      const sentences = paragraphs.map((p, i) => sentence(i < 3 ? 'a' : 'a-p1', p, `${i % 2}.txt`, `sentence ${i}`));
      const words = keySetsOf(sentences.map((s) => new Set(s.text.split(' '))));
      // Sentences 1 and 4 are one claim, worded by the first of its two sentences, which score alike.
      const clusters = new ClaimClusters(sentences, words, (i) => (i === 4 ? 1 : i));
      const order = [0, 1, 2, 3];
      const named = claimIds(sentences);
      const expected = new Map(order.map((i) => [sentences[i]!.text, named(sentences[i]!)]));
      for (const claim of clusters.all()) expect(claim.id).toBe(expected.get(claim.text));
      expect(clusters.shared().map((c) => c.sources.map((s) => s.text))).toEqual([['sentence 1', 'sentence 4']]);
    }
  });
});
