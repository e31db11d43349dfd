// Groups the same statement across sources: by wording within a language, by speaker and names across languages.
import type { EntityId } from '../ids.ts';
import { contentWords, mainScript } from './content-words.ts';
import type { QuoteMention } from './dossier-types.ts';
import { toAsciiDigits } from './find-dates.ts';
import { keySetsOf } from './key-sets.ts';
import { DisjointSets, similarPairs } from './union-find.ts';
import { idAllocator } from './unique-ids.ts';

/** One statement as reported by one or more sources. */
export interface QuoteGroup {
  id: string;
  /** The speaker most sources name; null when none does. */
  speaker: EntityId | null;
  /** Every distinct speaker the sources name, for spotting misattribution. */
  speakers: Array<EntityId | null>;
  /** The wording shown: the longest direct quote in the most common language. */
  text: string;
  sources: QuoteMention[];
}

/** Two quotes in one language with at least this share of content words are the same statement. */
const SAME_WORDING = 0.3;

/**
 * Groups quotes: by wording within a language, then across languages by speaker. A statement in one language joins
 * a group of the same speaker in other languages that shares no article and no language with it, when each is the
 * speaker's only statement on its side, or when they share a name or a number; the best-reported host wins.
 */
export function groupQuotes(quotes: QuoteMention[]): QuoteGroup[] {
  const words = quotes.map((q) => contentWords(q.text));
  const langs = quotes.map((q) => (q.lang === 'und' ? mainScript(q.text) : q.lang));
  const sets = new DisjointSets(quotes.length);
  for (const { a, b } of similarPairs(keySetsOf(words), SAME_WORDING)) {
    if (langs[a] === langs[b]) sets.union(a, b);
  }
  // Numbers compared by their digits alone, in any script and with any separators: "50,000", "50 000", "٥٠٠٠٠".
  const numbers = quotes.map((q) => new Set((toAsciiDigits(q.text).match(/\d(?:[\d.,\u00A0\u202F ]*\d)?/gu) ?? []).map((n) => n.replace(/\D/gu, ''))));
  const spoken = sets.groups().map((group) => ({ group, speaker: majority(group.map((i) => quotes[i]!.speaker)) })).filter((g) => g.speaker !== null);
  const bySpeaker = Map.groupBy(spoken, (g) => g.speaker);
  const langsOf = (group: number[]): Set<string> => new Set(group.map((i) => langs[i]!));
  const articlesOf = (group: number[]): Set<string> => new Set(group.map((i) => quotes[i]!.source));
  const shared = (a: number[], b: number[]): number => {
    let n = 0;
    for (const i of a) for (const j of b) n += quotes[i]!.entities.filter((e) => quotes[j]!.entities.includes(e)).length + [...numbers[i]!].filter((x) => numbers[j]!.has(x)).length;
    return n;
  };
  // Every cross-language pairing of one speaker's statements, best first: shared names and numbers, a one-to-one
  // pairing, then how widely both are reported. Pairs are joined greedily while languages and articles stay apart.
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  for (const entries of bySpeaker.values()) {
    const groups = entries.map((e) => e.group);
    // Each group's languages and articles, made once per group, not once per pair: a speaker quoted in hundreds of
    // articles has tens of thousands of pairs. And how many of the speaker's statements each group's languages hold.
    const groupLangs = groups.map(langsOf);
    const groupArticles = groups.map(articlesOf);
    const siblings = groupLangs.map((ls) => groupLangs.filter((other) => !disjoint(ls, other)).length);
    for (let x = 0; x < groups.length; x++) {
      for (let y = x + 1; y < groups.length; y++) {
        const [a, b] = [groups[x]!, groups[y]!];
        if (!disjoint(groupLangs[x]!, groupLangs[y]!) || !disjoint(groupArticles[x]!, groupArticles[y]!)) continue;
        const oneToOne = siblings[x] === 1 && siblings[y] === 1;
        const related = shared(a, b);
        if (related === 0 && !oneToOne) continue;
        pairs.push({ a: a[0]!, b: b[0]!, score: related * 3 + (oneToOne ? 2 : 0) + groupArticles[x]!.size + groupArticles[y]!.size });
      }
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  // What each group holds, kept per root as groups merge, so each pairing is checked in constant time.
  const held = new Map<number, { langs: Set<string>; articles: Set<string> }>();
  for (const group of sets.groups()) held.set(sets.find(group[0]!), { langs: langsOf(group), articles: articlesOf(group) });
  for (const { a, b } of pairs) {
    const [ra, rb] = [sets.find(a), sets.find(b)];
    if (ra === rb) continue;
    const [ha, hb] = [held.get(ra)!, held.get(rb)!];
    if (!disjoint(ha.langs, hb.langs) || !disjoint(ha.articles, hb.articles)) continue;
    sets.union(a, b);
    held.set(sets.find(a), { langs: new Set([...ha.langs, ...hb.langs]), articles: new Set([...ha.articles, ...hb.articles]) });
  }
  // Two statements of one paragraph that stay apart would share an id: the later ones are numbered.
  const uniqueId = idAllocator();
  return sets.groups().map((indices) => {
    const group = toGroup(indices.map((i) => quotes[i]!), indices.map((i) => langs[i]!));
    return { ...group, id: uniqueId(group.id) };
  });

}

function disjoint<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** The value most of `values` name, ignoring nulls; null when none does. */
function majority<T>(values: Array<T | null>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function toGroup(sources: QuoteMention[], langs: string[]): QuoteGroup {
  const speakerCounts = new Map<EntityId | null, number>();
  for (const q of sources) speakerCounts.set(q.speaker, (speakerCounts.get(q.speaker) ?? 0) + 1);
  const named = [...speakerCounts].filter(([s]) => s !== null).sort((a, b) => b[1] - a[1]);
  const langCounts = new Map<string, number>();
  for (const l of langs) langCounts.set(l, (langCounts.get(l) ?? 0) + 1);
  const mainOne = [...langCounts].sort((a, b) => b[1] - a[1] || (a[0] === 'en' ? -1 : b[0] === 'en' ? 1 : 0))[0]?.[0];
  const shown = sources
    .filter((_, i) => langs[i] === mainOne)
    .sort((a, b) => Number(a.indirect) - Number(b.indirect) || b.text.length - a.text.length)[0] ?? sources[0]!;
  return {
    id: `quote-${sources[0]!.article}-${sources[0]!.paragraph}`,
    speaker: named[0]?.[0] ?? null,
    speakers: [...speakerCounts.keys()],
    text: shown.text,
    sources,
  };
}
