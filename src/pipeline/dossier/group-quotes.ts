// Groups the same statement across sources: by wording within a script, by speaker and names across scripts.
import type { EntityId } from '../ids.ts';
import { contentWords, jaccard, mainScript } from './content-words.ts';
import type { QuoteMention } from './dossier-types.ts';
import { DisjointSets, candidatePairs } from './union-find.ts';

/** One statement as reported by one or more sources. */
export interface QuoteGroup {
  id: string;
  /** The speaker most sources name; null when none does. */
  speaker: EntityId | null;
  /** Every distinct speaker the sources name, for spotting misattribution. */
  speakers: Array<EntityId | null>;
  /** The wording shown: the longest direct quote in the most common script. */
  text: string;
  sources: QuoteMention[];
}

/** Two quotes in one script with at least this share of content words are the same statement. */
const SAME_WORDING = 0.3;

/** Groups quotes; a statement translated into another script joins the best-reported group of its speaker that shares a name. */
export function groupQuotes(quotes: QuoteMention[]): QuoteGroup[] {
  const words = quotes.map((q) => contentWords(q.text));
  const scripts = quotes.map((q) => mainScript(q.text));
  const sets = new DisjointSets(quotes.length);
  for (const [a, b] of candidatePairs(words)) {
    if (scripts[a] === scripts[b] && jaccard(words[a]!, words[b]!) >= SAME_WORDING) sets.union(a, b);
  }
  const groups = sets.groups();
  const sourcesOf = (group: number[]): number => new Set(group.map((i) => quotes[i]!.source)).size;
  for (const group of groups) {
    const first = quotes[group[0]!]!;
    if (group.length > 1 || first.speaker === null) continue;
    const script = scripts[group[0]!];
    const host = groups
      .filter((g) => g !== group && g.every((i) => scripts[i] !== script) && g.some((i) => quotes[i]!.speaker === first.speaker))
      .filter((g) => g.some((i) => quotes[i]!.entities.some((e) => first.entities.includes(e))))
      .sort((x, y) => sourcesOf(y) - sourcesOf(x) || x[0]! - y[0]!)[0];
    if (host) sets.union(host[0]!, group[0]!);
  }
  return sets.groups().map((indices) => toGroup(indices.map((i) => quotes[i]!), indices.map((i) => scripts[i]!)));
}

function toGroup(sources: QuoteMention[], scripts: string[]): QuoteGroup {
  const speakerCounts = new Map<EntityId | null, number>();
  for (const q of sources) speakerCounts.set(q.speaker, (speakerCounts.get(q.speaker) ?? 0) + 1);
  const named = [...speakerCounts].filter(([s]) => s !== null).sort((a, b) => b[1] - a[1]);
  const scriptCounts = new Map<string, number>();
  for (const s of scripts) scriptCounts.set(s, (scriptCounts.get(s) ?? 0) + 1);
  const mainOne = [...scriptCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const shown = sources
    .filter((_, i) => scripts[i] === mainOne)
    .sort((a, b) => Number(a.indirect) - Number(b.indirect) || b.text.length - a.text.length)[0] ?? sources[0]!;
  return {
    id: `quote-${sources[0]!.article}-${sources[0]!.paragraph}`,
    speaker: named[0]?.[0] ?? null,
    speakers: [...speakerCounts.keys()],
    text: shown.text,
    sources,
  };
}
