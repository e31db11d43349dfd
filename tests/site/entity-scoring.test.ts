import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/run-build.ts';
import { scoreEntities, type ApiEntity, type GoldEntity } from '../helpers/score-entities.ts';

interface Gold {
  files: Record<string, string>;
  entities: GoldEntity[];
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

describe('entities of the seed story', () => {
  test('reach document-level F1 of at least 0.95 against the gold annotation', async () => {
    const gold = await readJson<Gold>(join(ROOT, 'tests/fixtures/seeds-gold.json'));
    const api = await readJson<{ entities: ApiEntity[] }>(join(inject('seedsSite').outDir, 'api/entities.json'));
    const score = scoreEntities(gold.entities, gold.files, api.entities);
    expect(score.f1, `false positives: ${score.falsePositives.join(', ')}; missed: ${score.falseNegatives.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  test('have the right type for at least 90% of the entities found', async () => {
    const gold = await readJson<Gold>(join(ROOT, 'tests/fixtures/seeds-gold.json'));
    const api = await readJson<{ entities: ApiEntity[] }>(join(inject('seedsSite').outDir, 'api/entities.json'));
    const score = scoreEntities(gold.entities, gold.files, api.entities);
    expect(score.typeAccuracy, `wrong types: ${score.wrongTypes.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
