// Groups the figures of all articles that state the same quantity, and finds where sources state it differently.
import { contentWords, mainScript } from './content-words.ts';
import { keySetsOf } from './key-sets.ts';
import { similarPairs } from './union-find.ts';
import { idAllocator } from './unique-ids.ts';
import type { FigureMention } from './dossier-types.ts';
import { CONTRADICTING_QUALIFIERS } from './figure-words.ts';

/** One quantity as the corpus states it, with every source that states it. */
export interface FigureGroup {
  id: string;
  about: string;
  value: number;
  unit: string;
  per: string | null;
  sources: FigureMention[];
}

/** One way a quantity is stated, and who states it that way. */
export interface FigureVariant {
  text: string;
  value: number;
  qualifier: string | null;
  sources: FigureMention[];
}

/** The same quantity stated differently: another hedge, or another number for the same thing. */
export interface FigureDiscrepancy {
  about: string;
  variants: FigureVariant[];
}

/** Counts below this need the same counted noun to be the same figure: "8 apps" is not "8 years". */
const DISTINCTIVE_COUNT = 1000;
/** Words two figures' sentences must share, as a share of their union, to be about the same quantity. */
const SAME_TOPIC = 0.4;
/** Two different numbers for one topic are a discrepancy only within this ratio: 2 million against 3 million, not against 8. */
const CLOSE_VALUES = 3;
const CURRENCY = /^[A-Z]{3}$/;

/**
 * Figures of the same value, unit and period are one group across sources and languages. Currencies and percentages
 * compare directly; counts compare by value when it is large enough to be distinctive, and by counted noun otherwise.
 * Groups stated by most sources come first.
 */
export function groupFigures(mentions: FigureMention[]): FigureGroup[] {
  const groups = Map.groupBy(mentions, groupKey);
  const uniqueId = idAllocator();
  return [...groups.values()]
    .map((sources, order) => ({ sources, order, articles: new Set(sources.map((s) => s.source)).size }))
    .sort((a, b) => b.articles - a.articles || a.order - b.order)
    .map(({ sources }) => {
      const first = sources.find((s) => s.lang === 'en') ?? sources[0]!;
      return { id: uniqueId(figureId(first)), about: first.about, value: first.value, unit: first.unit, per: first.per, sources };
    });
}

/** Where sources state one quantity differently: a contradicting hedge within a group, or another value for the same topic. */
export function figureDiscrepancies(groups: FigureGroup[]): FigureDiscrepancy[] {
  const found: FigureDiscrepancy[] = [];
  for (const group of groups) {
    const byHedge = Map.groupBy(group.sources, (s) => (s.qualifier !== null && CONTRADICTING_QUALIFIERS.has(s.qualifier) ? s.qualifier : 'exact'));
    if (byHedge.size > 1) {
      found.push({ about: group.about, variants: [...byHedge.values()].map((sources) => variant(sources, group.value)) });
    }
  }
  // Only groups of one unit and period can disagree on a value, so pairs are looked for within those buckets, and
  // only between groups whose sentences share words (a similarity join, not all pairs).
  const buckets = Map.groupBy(groups, (g) => `${g.unit}|${g.per ?? ''}`);
  for (const bucket of buckets.values()) {
    const words = bucket.map((g) => topicWords(g));
    for (const { a, b } of similarPairs(keySetsOf(words), SAME_TOPIC)) {
      const [x, y] = [bucket[a]!, bucket[b]!];
      if (otherValue(x, y)) found.push({ about: x.about, variants: [variant(x.sources, x.value), variant(y.sources, y.value)] });
    }
  }
  return found;
}

function variant(sources: FigureMention[], value: number): FigureVariant {
  const first = sources.find((s) => s.lang === 'en') ?? sources[0]!;
  return { text: first.text, value, qualifier: first.qualifier, sources };
}

/** Two groups about one topic that state different but close values in different articles. */
function otherValue(a: FigureGroup, b: FigureGroup): boolean {
  if (a.value === b.value || Math.max(a.value, b.value) > CLOSE_VALUES * Math.min(a.value, b.value)) return false;
  const articles = new Set(a.sources.map((s) => s.source));
  return !b.sources.some((s) => articles.has(s.source));
}

/** The words a group's sentences use around the figure, tagged by script so that only one script's words meet. */
function topicWords(group: FigureGroup): Set<string> {
  const words = new Set<string>();
  for (const source of group.sources) for (const w of contentWords(source.about)) words.add(`${mainScript(source.about)}:${w}`);
  return words;
}

function groupKey(mention: FigureMention): string {
  const value = Number(mention.value.toPrecision(6));
  const counted = CURRENCY.test(mention.unit) || mention.unit === 'percent' ? mention.unit : value >= DISTINCTIVE_COUNT ? 'count' : `count:${mention.unit}`;
  return `${counted}|${mention.per ?? ''}|${value}`;
}

/** A readable id: "usd-50000-per-month", "count-780000000", "percent-12.5". */
function figureId(mention: FigureMention): string {
  const unit = CURRENCY.test(mention.unit) || mention.unit === 'percent' ? mention.unit.toLowerCase() : /^[a-z]+$/u.test(mention.unit) ? mention.unit : 'count';
  return [unit, String(mention.value), ...(mention.per ? ['per', mention.per] : [])].join('-');
}
