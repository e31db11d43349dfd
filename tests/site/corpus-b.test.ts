// An unseen story in five languages (tests/fixtures/corpus-b), built with an empty registry: entities, dossier and
// article languages against its hand-made gold annotation, so that the pipeline is not tuned to the seed story alone.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Dossier } from '../../src/pipeline/schemas.ts';
import { ROOT } from '../helpers/run-build.ts';
import { scoreDossier, type DossierGold } from '../helpers/score-dossier.ts';
import { scoreEntities, type ApiEntity, type GoldEntity } from '../helpers/score-entities.ts';

interface Gold extends DossierGold {
  entities: GoldEntity[];
}

interface ApiArticle {
  url: string;
  lang: string;
  dir: string;
  source: string;
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

const { outDir } = inject('corpusB');
const gold = await readJson<Gold>(join(ROOT, 'tests/fixtures/corpus-b/gold.json'));

/**
 * The project's targets are F1 >= 0.8 and recall >= 0.85. Entities reach F1 0.94 (the ministry's name is translated in
 * every language and is not merged across them; "Gobierno" is taken for a name). The dossier reaches 91/101: some
 * speakers named only in the clause before a comma get none, 240 against 260 million in different languages is not
 * flagged, and dates in captions, "2019" without a cue word and "vom Januar" are missed. Raise the thresholds as the pipeline improves;
 * never lower them to pass.
 */
const MIN_ENTITY_F1 = 0.9;
const MIN_DOSSIER_RECALL = 0.85;

/** The language of each file, by the suffix of its name. */
const LANGUAGES: Record<string, string> = {
  '100_nerava-wire-en.txt': 'en',
  '101_coastline-daily-en.txt': 'en',
  '102_dessalement-nerava-fr.txt': 'fr',
  '103_entsalzung-de.txt': 'de',
  '104_planta-desalinizadora-es.txt': 'es',
  '105_tahliya-nerava-ar.txt': 'ar',
  '106_ommal-nerava-ar.txt': 'ar',
};

describe('corpus-b, an unseen story in five languages with no registry', () => {
  test(`finds its entities with document-level F1 of at least ${MIN_ENTITY_F1}`, async () => {
    const api = await readJson<{ entities: ApiEntity[] }>(join(outDir, 'api/entities.json'));
    const score = scoreEntities(gold.entities, gold.files, api.entities);
    const report = `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}; false positives: ${score.falsePositives.join(', ') || 'none'}; missed: ${score.falseNegatives.join(', ') || 'none'}`;
    expect(score.f1, report).toBeGreaterThanOrEqual(MIN_ENTITY_F1);
  });

  test(`recalls at least ${MIN_DOSSIER_RECALL * 100}% of the gold figures, quotes, dates and discrepancies with their sources`, async () => {
    const dossier = await readJson<Dossier>(join(outDir, 'api/dossier.json'));
    const score = scoreDossier(gold, dossier);
    expect(score.expected).toBeGreaterThan(80);
    expect(score.recall, `recall ${score.found}/${score.expected}; missed: ${score.missed.join('; ')}`).toBeGreaterThanOrEqual(MIN_DOSSIER_RECALL);
  });

  test('gives every article a page in its own language', async () => {
    const { articles } = await readJson<{ articles: ApiArticle[] }>(join(outDir, 'api/articles.json'));
    expect(Object.values(gold.files).sort()).toEqual(Object.keys(LANGUAGES).sort());
    const found = Object.fromEntries(articles.map((a) => [a.source, a.lang]));
    expect(found, 'lang of each article in api/articles.json').toEqual(LANGUAGES);
    for (const article of articles) {
      const html = await readFile(join(outDir, decodeURIComponent(article.url), 'index.html'), 'utf8');
      const lang = /<html\b[^>]*\blang="([^"]*)"/u.exec(html)?.[1];
      expect(lang, `<html lang> of ${article.source}`).toBe(LANGUAGES[article.source]);
      expect(article.dir, `dir of ${article.source}`).toBe(LANGUAGES[article.source] === 'ar' ? 'rtl' : 'ltr');
    }
  });
});
