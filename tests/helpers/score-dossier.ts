// Recall of /api/dossier.json against a gold annotation's figures, quotes, dates and discrepancies.
import { contentWords } from '../../src/pipeline/dossier/content-words.ts';
import type { Dossier } from '../../src/pipeline/schemas.ts';

/** The dossier parts of a gold file (see tests/fixtures/seeds-gold.json). */
export interface DossierGold {
  files: Record<string, string>;
  figures?: Array<{ about: string; value: number; files: string[] }>;
  quotes?: Array<{ speaker: string | null; text: string; files: string[] }>;
  dates?: Array<{ text: string; iso?: string; files: string[] }>;
  discrepancies?: Array<{ about: string; detail: string }>;
}

/** Found and expected (item, file) pairs per part, and what was missed. */
export interface DossierScore {
  found: number;
  expected: number;
  recall: number;
  missed: string[];
}

const overlap = (a: string, b: string): number => {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
};

/** Scores each gold item per file it names; a discrepancy counts once. Speakers must match where the gold names one. */
export function scoreDossier(gold: DossierGold, dossier: Dossier): DossierScore {
  const file = (key: string): string => gold.files[key] ?? key;
  const missed: string[] = [];
  let found = 0;
  let expected = 0;
  const check = (label: string, ok: boolean): void => {
    expected++;
    if (ok) found++;
    else missed.push(label);
  };
  for (const f of gold.figures ?? []) {
    const groups = dossier.figures.filter((g) => Math.abs(g.value - f.value) <= Math.abs(f.value) * 0.005);
    for (const key of f.files) check(`figure ${f.about} in ${key}`, groups.some((g) => g.sources.some((s) => s.source === file(key))));
  }
  for (const q of gold.quotes ?? []) {
    const groups = dossier.quotes.filter((g) => (q.speaker === null || g.speaker === q.speaker) && g.sources.some((s) => overlap(s.text, q.text) >= 0.5));
    for (const key of q.files) check(`quote “${q.text.slice(0, 40)}…” in ${key}`, groups.some((g) => g.sources.some((s) => s.source === file(key))));
  }
  for (const d of gold.dates ?? []) {
    const items = dossier.timeline.filter((t) => (d.iso ? t.date === d.iso : t.label.toLowerCase().includes(d.text.toLowerCase())));
    for (const key of d.files) check(`date ${d.text} in ${key}`, items.some((t) => t.sources.some((s) => s.source === file(key))));
  }
  for (const d of gold.discrepancies ?? []) {
    const files = new Set((d.detail.match(/\b\d{3}\b/g) ?? []).map(file));
    check(
      `discrepancy ${d.about}`,
      dossier.discrepancies.some((x) => {
        const covered = new Set(x.sources.map((s) => s.source).filter((s) => files.has(s)));
        const sides = x.variants.filter((v) => v.sources.some((s) => files.has(s.source))).length;
        return covered.size >= 2 && sides >= 2 && overlap(`${x.about} ${x.variants.map((v) => v.text).join(' ')} ${x.sources.map((s) => s.text).join(' ')}`, d.about) > 0;
      }),
    );
  }
  return { found, expected, recall: expected === 0 ? 1 : found / expected, missed };
}
