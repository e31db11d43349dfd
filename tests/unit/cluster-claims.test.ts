import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sourceCount } from '../../src/pipeline/dossier/claim-clusters.ts';
import { clusterClaims, numberedSentenceWords, WordNumbers, type NumberedWords } from '../../src/pipeline/dossier/cluster-claims.ts';
import { mainScript } from '../../src/pipeline/dossier/content-words.ts';
import { parseEntityId } from '../../src/pipeline/ids.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { articleOf } from '../helpers/articles.ts';

/** `article` with each name in `names` marked as a mention wherever its text has it. */
function withMentions(article: Article, names: Record<string, string>): Article {
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const [name, id] of Object.entries(names)) {
      for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + 1)) block.mentions.push({ entity: parseEntityId(id), start: at, end: at + name.length });
    }
  }
  return article;
}

describe('clusterClaims', () => {
  test('a sentence of six words or more between spaces can be a claim, a shorter one cannot, however it is spaced', () => {
    const six = 'Regulators \t opened   an inquiry into Hydralis.';
    const five = 'Regulators opened an inquiry quickly.';
    const claims = clusterClaims([articleOf('en', `${six} ${five}`), articleOf('en', `${five} ${six.replace(/\s+/gu, ' ')}`)]).all();
    expect(claims.map((c) => c.text)).not.toContain(five);
    const shared = claims.filter((c) => sourceCount(c) === 2);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.sources.map((s) => s.text)).toEqual([six, six.replace(/\s+/gu, ' ')]);
  });

  test("a claim lists each entity its sentences name once, sorted, and its sources' count is of seeds, not sentences", () => {
    const text = 'Vantor told Hydralis that Hydralis and Vantor had agreed on the new terms. Hydralis and Vantor had agreed on the new terms, Vantor said.';
    const names = { Hydralis: 'hydralis', Vantor: 'vantor' };
    const claims = clusterClaims([withMentions(articleOf('en', text), names), withMentions(articleOf('en', 'Hydralis and Vantor had agreed on the new terms.'), names)]).all();
    const top = claims[0]!;
    expect(top.entities).toEqual(['hydralis', 'vantor']);
    expect(top.sources.length).toBeGreaterThan(sourceCount(top));
    expect(sourceCount(top)).toBe(2);
    for (const claim of claims.filter((c) => c.sources.length === 1)) expect(claim.entities).toEqual(['hydralis', 'vantor']);
  });
});

describe('clusterClaims over kept words', () => {
  const articles = [
    articleOf('en', 'Regulators opened an inquiry into the Hydralis merger on Monday. The merger was first announced in May by both firms.'),
    articleOf('en', 'On Monday regulators opened an inquiry into the Hydralis merger. Shares of Vantor fell sharply after the news broke.'),
    articleOf('fr', 'Les régulateurs ont ouvert une enquête sur la fusion Hydralis lundi. Les actions de Vantor ont fortement chuté après la nouvelle.'),
    articleOf('ar', 'فتحت الجهات التنظيمية تحقيقا في صفقة اندماج هيدراليس يوم الاثنين الماضي. وتراجعت أسهم فانتور بشدة بعد الخبر.'),
    articleOf('en', 'Shares of Vantor fell sharply after the news broke on Monday morning. Nobody at Hydralis would comment on the inquiry.'),
  ];
  const expected = clusterClaims(articles).all();

  test('gives the claims it gives reading the words now, under any numbering of the words', () => {
    expect(expected.some((c) => sourceCount(c) >= 2)).toBe(true);
    // Numbered from the last article to the first, after two words no article has.
    const numbers = new WordNumbers(['unused', 'other']);
    const kept = new Map(articles.toReversed().map((a) => [a, numberedSentenceWords(a, numbers)]));
    expect(clusterClaims(articles, { numbers, of: (a) => kept.get(a) }).all()).toEqual(expected);
  });

  test('reads again the words of an article whose kept entry does not fit its sentences or the numbering', () => {
    const numbers = new WordNumbers();
    const kept = new Map<Article, NumberedWords>(articles.map((a) => [a, numberedSentenceWords(a, numbers)]));
    const [first, second, third] = articles;
    const damaged = new Map(kept);
    damaged.set(first!, { ...kept.get(first!)!, scripts: kept.get(first!)!.scripts.slice(1) });
    damaged.set(second!, { ...kept.get(second!)!, words: kept.get(second!)!.words.map((w, i) => (i === 1 ? numbers.words.length + 5 : w)) });
    damaged.set(third!, 'not words' as unknown as NumberedWords);
    expect(clusterClaims(articles, { numbers, of: (a) => damaged.get(a) }).all()).toEqual(expected);
  });
});

describe('mainScript', () => {
  test('names the script with more letters, as counting each letter does, outside the first plane too', () => {
    const byMatches = (text: string): string => {
      const arabic = (text.match(/[\u0600-\u06FF]/gu) ?? []).length;
      const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
      return arabic > latin ? 'arabic' : latin > 0 ? 'latin' : 'other';
    };
    const pieces = ['a', 'é', 'مر', 'ح', '١٢', ' ', '.', '\u{10780}', '\u{1DF00}', '𝕏', '中', 'Ł'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(mainScript(text)).toBe(byMatches(text));
      }),
      { seed: 20261128, numRuns: 500 },
    );
  });
});
