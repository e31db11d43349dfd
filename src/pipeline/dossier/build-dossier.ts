// Synthesise: the dossier of the whole corpus, in the shape of /api/dossier.json.
import type { EntityId } from '../ids.ts';
import type { Dossier, EntityType } from '../schemas.ts';
import type { Article } from '../types.ts';
import { buildTimeline } from './build-timeline.ts';
import { sourceCount } from './claim-clusters.ts';
import { clusterClaims, type ClaimWords } from './cluster-claims.ts';
import type { QuoteMention, SourceSpan } from './dossier-types.ts';
import { extractDates, type DatesIn } from './extract-dates.ts';
import { extractFigures, type FiguresIn } from './extract-figures.ts';
import { extractQuotes } from './extract-quotes.ts';
import { findOutletClues } from './find-outlet-clues.ts';
import { figureDiscrepancies, groupFigures } from './group-figures.ts';
import { groupQuotes, type QuoteGroup } from './group-quotes.ts';
import { summarise } from './summarise.ts';

/**
 * How many items of each list the dossier keeps, the most widely reported first. A story of a few hundred articles
 * stays whole; at thousands, the page and /api/dossier.json stay readable instead of listing every number ever printed.
 */
export const DOSSIER_LIMITS = { figures: 100, quotes: 100, timeline: 300, claims: 100, discrepancies: 50 } as const;

/** How many of the claims only it makes an outlet's entry lists. */
const ONLY_CLAIMS_SHOWN = 5;

/** The `limit` items carried by most sources, in their original order. */
function widest<T>(items: T[], limit: number, count: (item: T) => number): T[] {
  if (items.length <= limit) return items;
  const kept = new Set([...items.keys()].sort((a, b) => count(items[b]!) - count(items[a]!) || a - b).slice(0, limit));
  return items.filter((_, i) => kept.has(i));
}

/** How many different seeds carry an item, not how many times they state it. */
const bySources = (item: { sources: ReadonlyArray<{ source: string }> }): number => new Set(item.sources.map((s) => s.source)).size;

/** What the dossier needs to know about entities. */
export interface DossierEntities {
  types: ReadonlyMap<string, EntityType>;
  names: ReadonlyMap<string, string>;
  resolveName: (name: string) => EntityId | null;
}

/** An article's statements with their speakers, as extractQuotes finds them. */
export type QuotesOf = (article: Article) => QuoteMention[];

/**
 * Works out one section of the dossier from its input, or gives the result an earlier build worked out from the same
 * input: each section is a pure function of its own findings (the figures, the quotes, the dates), which an edit that
 * adds none of them leaves as they were. `name` tells the sections apart.
 */
export type KeepSection = <I, O>(name: string, input: I, compute: (input: I) => O) => O;

/** Works every section out on the spot. */
const workOut: KeepSection = (_name, input, compute) => compute(input);

/**
 * The per-paragraph readers of figures and dates, the per-article quotes and claim words, and the keeper of whole
 * sections; the pipeline passes ones that answer from earlier builds.
 */
export interface ParagraphReaders {
  figuresIn?: FiguresIn;
  datesIn?: DatesIn;
  quotesOf?: QuotesOf;
  claimWords?: ClaimWords;
  keepSection?: KeepSection;
}

/** Runs every synthesis over the linked articles and returns the dossier. */
export function buildDossier(articles: Article[], entities: DossierEntities, { figuresIn, datesIn, quotesOf, claimWords, keepSection = workOut }: ParagraphReaders = {}): Dossier {
  // Each section is kept as the dossier shows it, cut to its limits: a section kept whole was ten times the size (the
  // quotes alone 5.5 MB at 3,000 articles), read and restored in every rebuild for the hundred items shown.
  const { figures, figureConflicts } = keepSection('figures', articles.flatMap((article) => extractFigures(article, figuresIn)), (mentions) => {
    const groups = groupFigures(mentions);
    return {
      figures: widest(groups, DOSSIER_LIMITS.figures, bySources),
      figureConflicts: widest(figureDiscrepancies(groups), DOSSIER_LIMITS.discrepancies, (d) => new Set(d.variants.flatMap((v) => v.sources.map((s) => s.source))).size),
    };
  });
  const { quotes, speakerConflicts } = keepSection('quotes', articles.flatMap(quotesOf ?? ((a) => extractQuotes(a, entities))), (mentions) => {
    const groups = groupQuotes(mentions);
    return {
      quotes: widest(groups.filter((q) => q.speaker !== null || q.sources.length > 1 || !q.sources[0]!.indirect), DOSSIER_LIMITS.quotes, bySources),
      speakerConflicts: widest(groups.filter((q) => q.speakers.filter((s) => s !== null).length > 1), DOSSIER_LIMITS.discrepancies, bySources),
    };
  });
  const timeline = keepSection('timeline', articles.flatMap((article) => extractDates(article, datesIn)), (mentions) => widest(buildTimeline(mentions), DOSSIER_LIMITS.timeline, bySources));
  const claims = clusterClaims(articles, claimWords);
  const shared = widest([...claims.shared()], DOSSIER_LIMITS.claims, sourceCount);
  // The claims that only one source makes and that name at least two entities, by source.
  const onlyIn = claims.onlyIds(ONLY_CLAIMS_SHOWN);

  return {
    summary: summarise(claims).map(toSource),
    figures: figures.map((g) => ({
      id: g.id,
      about: g.about,
      value: g.value,
      unit: g.unit,
      per: g.per,
      sources: g.sources.map((m) => ({ ...toSource(m), qualifier: m.qualifier })),
    })),
    quotes: quotes.map((q) => ({
        id: q.id,
        speaker: q.speaker,
        text: q.text,
        sources: q.sources.map((m) => ({ ...toSource(m), speaker: m.speaker, indirect: m.indirect })),
      })),
    timeline: timeline.map((t) => ({ id: t.id, date: t.date, label: t.label, precision: t.precision, text: t.text, sources: t.sources.map(toSource) })),
    claims: shared.map((c) => ({ id: c.id, text: c.text, entities: c.entities, sources: c.sources.map(toSource) })),
    discrepancies: [
      ...figureConflicts.map((d, i) => ({
        id: `figure-${i + 1}`,
        kind: 'figure' as const,
        about: d.about,
        variants: d.variants.map((v) => ({ text: v.text, sources: v.sources.map(toSource) })),
        sources: d.variants.flatMap((v) => v.sources.map(toSource)),
      })),
      ...speakerConflicts.map((q) => speakerDiscrepancy(q, entities.names)),
    ],
    outlets: articles.map((article) => ({
      article: article.slug,
      source: article.source,
      lang: article.lang,
      words: article.words,
      cites: findOutletClues(article, entities.types).map((c) => ({ ...toSource(c), outlet: c.outlet })),
      onlyClaims: onlyIn.get(article.source) ?? [],
    })),
  };
}

/** "Who said it": one variant per speaker the sources name. */
function speakerDiscrepancy(q: QuoteGroup, names: ReadonlyMap<string, string>): Dossier['discrepancies'][number] {
  const speakers = q.speakers.filter((s): s is EntityId => s !== null);
  return {
    id: `speaker-${q.id}`,
    kind: 'speaker',
    about: `who said “${q.text}”`,
    variants: speakers.map((s) => ({ text: `said by ${names.get(s) ?? s}`, sources: q.sources.filter((m) => m.speaker === s).map(toSource) })),
    sources: q.sources.filter((m) => m.speaker !== null).map(toSource),
  };
}

function toSource(span: SourceSpan): { article: string; source: string; text: string; paragraph: string } {
  return { article: span.article, source: span.source, text: span.text, paragraph: span.paragraph };
}
