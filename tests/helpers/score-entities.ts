// Document-level scoring of the entity API against a gold annotation: precision, recall, F1 and type accuracy.

/** A gold entity, as in tests/fixtures/*gold.json. */
export interface GoldEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  files: string[];
  optional?: boolean;
}

/** An entity as /api/entities.json gives it. */
export interface ApiEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: Array<{ article: string; source: string; count: number }>;
}

/** The scores and what went wrong, so a failing test says why. */
export interface EntityScore {
  precision: number;
  recall: number;
  f1: number;
  typeAccuracy: number;
  falsePositives: string[];
  falseNegatives: string[];
  wrongTypes: string[];
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/^the\s+/u, '').replace(/[\s.'’-]+/gu, ' ').trim();

/**
 * Each gold entity is matched to the API entity sharing most names with it (id, name or alias); every other API
 * entity counts against precision, so an entity split in two is not rewarded. Optional gold entities count neither way.
 */
export function scoreEntities(gold: GoldEntity[], files: Record<string, string>, predicted: ApiEntity[]): EntityScore {
  const fileKey = new Map(Object.entries(files).map(([key, file]) => [file, key]));
  const names = (e: { id: string; name: string; aliases: string[] }): Set<string> => new Set([e.id.replace(/-/g, ' '), e.name, ...e.aliases].map(fold));
  const owner = new Map<string, GoldEntity>();
  for (const g of gold) {
    const goldNames = names(g);
    const best = predicted
      .map((p) => ({ p, shared: [...names(p)].filter((n) => goldNames.has(n)).length }))
      .filter((x) => x.shared > 0 && !owner.has(x.p.id))
      .sort((a, b) => b.shared - a.shared || b.p.mentions.length - a.p.mentions.length)[0];
    if (best) owner.set(best.p.id, g);
  }
  const goldPairs = new Set(gold.filter((g) => !g.optional).flatMap((g) => g.files.map((f) => `${g.id}@${f}`)));
  const optional = new Set(gold.filter((g) => g.optional).map((g) => g.id));
  const predictedPairs = new Set<string>();
  for (const p of predicted) {
    const g = owner.get(p.id);
    for (const m of p.mentions) predictedPairs.add(`${g ? g.id : `?${p.id}`}@${fileKey.get(m.source) ?? m.source}`);
  }
  const counted = [...predictedPairs].filter((pair) => !optional.has(pair.slice(0, pair.lastIndexOf('@'))));
  const truePositives = counted.filter((pair) => goldPairs.has(pair)).length;
  const precision = counted.length === 0 ? 0 : truePositives / counted.length;
  const recall = goldPairs.size === 0 ? 1 : truePositives / goldPairs.size;
  const matched = [...owner.entries()].filter(([, g]) => !g.optional);
  const wrongTypes = matched.filter(([id, g]) => predicted.find((p) => p.id === id)?.type !== g.type).map(([id, g]) => `${id} (${g.type})`);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    typeAccuracy: matched.length === 0 ? 0 : 1 - wrongTypes.length / matched.length,
    falsePositives: counted.filter((pair) => !goldPairs.has(pair)),
    falseNegatives: [...goldPairs].filter((pair) => !predictedPairs.has(pair)),
    wrongTypes,
  };
}
