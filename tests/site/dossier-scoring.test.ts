import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Dossier } from '../../src/pipeline/schemas.ts';
import { elementsIn, readHtml, squash, visibleText } from '../helpers/html.ts';
import { ROOT } from '../helpers/run-build.ts';
import { scoreDossier, type DossierGold } from '../helpers/score-dossier.ts';

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

describe('the dossier of the seed story', () => {
  test('recalls at least 85% of the gold figures, quotes, dates and discrepancies with their sources', async () => {
    const gold = await readJson<DossierGold>(join(ROOT, 'tests/fixtures/seeds-gold.json'));
    const dossier = await readJson<Dossier>(join(inject('seedsSite').outDir, 'api/dossier.json'));
    const score = scoreDossier(gold, dossier);
    expect(score.expected).toBeGreaterThan(30);
    expect(score.recall, `missed: ${score.missed.join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  test('has every gold figure with all its sources, and both gold discrepancies', async () => {
    const gold = await readJson<DossierGold>(join(ROOT, 'tests/fixtures/seeds-gold.json'));
    const dossier = await readJson<Dossier>(join(inject('seedsSite').outDir, 'api/dossier.json'));
    const score = scoreDossier({ files: gold.files, figures: gold.figures ?? [], discrepancies: gold.discrepancies ?? [] }, dossier);
    expect(score.missed).toEqual([]);
  });

  test('quotes every span exactly as the paragraph it links to states it', async () => {
    const { outDir } = inject('seedsSite');
    const dossier = await readJson<Dossier>(join(outDir, 'api/dossier.json'));
    const spans = [...dossier.figures, ...dossier.timeline, ...dossier.quotes, ...dossier.summary.map((s) => ({ sources: [s] }))].flatMap((item) => item.sources);
    expect(spans.length).toBeGreaterThan(20);
    const pages = new Map<string, Awaited<ReturnType<typeof readHtml>>>();
    for (const span of spans) {
      const page = pages.get(span.article) ?? (await readHtml(join(outDir, 'articles', span.article, 'index.html')));
      pages.set(span.article, page);
      const paragraph = elementsIn(page, `[id="${span.paragraph}"]`)[0];
      expect(paragraph, `${span.source}#${span.paragraph}`).toBeDefined();
      expect(visibleText(paragraph!), `${span.source}#${span.paragraph}`).toContain(squash(span.text));
    }
  });
});
