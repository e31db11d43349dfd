// The search record of the dossier page: its statements as text, made from the dossier itself, so that Pagefind can
// index it while Astro renders the page (see index-search.ts).
import type { SearchRecord } from './article-search-records.ts';
import type { Dossier } from './schemas.ts';

/** The dossier page's path below the site's base. */
const DOSSIER_URL = '/dossier/';

/** One record for the dossier: the summary, figures, quotes, dates, shared claims and disagreements, one per line. */
export function dossierSearchRecord(dossier: Dossier, indexLanguage: string): SearchRecord {
  const lines = [
    ...dossier.summary.map((s) => s.text),
    ...dossier.figures.map((f) => f.about),
    ...dossier.quotes.map((q) => q.text),
    ...dossier.timeline.map((t) => `${t.label}: ${t.text}`),
    ...dossier.claims.map((c) => c.text),
    ...dossier.discrepancies.flatMap((d) => [d.about, ...d.variants.map((v) => v.text)]),
  ];
  return {
    url: DOSSIER_URL,
    content: ['Dossier', ...lines].join('\n'),
    language: indexLanguage,
    meta: { title: 'Dossier' },
    filters: { kind: ['dossier'] },
  };
}
