// The structure ingest finds in every seed, checked against the hand-made gold annotation (tests/fixtures/seeds-gold.json).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { nameToEntityId } from '../../src/pipeline/ids.ts';
import { ingest, type IngestedArticle } from '../../src/pipeline/ingest.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const GOLD = fileURLToPath(new URL('../fixtures/seeds-gold.json', import.meta.url));

const goldSchema = z.object({
  files: z.record(z.string(), z.string()),
  structure: z.record(
    z.string(),
    z.object({
      headline: z.string().nullable(),
      boilerplate: z.array(z.string()).default([]),
      subheadings: z.array(z.string()).default([]),
      captions: z.array(z.string()).default([]),
      embeds: z.array(z.object({ kind: z.enum(['tweet', 'post']), text: z.string(), author: z.string(), date: z.string().nullable() })).default([]),
      language: z.string().optional(),
      direction: z.enum(['ltr', 'rtl']).optional(),
    }),
  ),
});

const gold = goldSchema.parse(JSON.parse(readFileSync(GOLD, 'utf8')));
const seedFiles = readdirSync(SEEDS).filter((name) => !name.startsWith('.')).sort();

function fileOf(key: string): string {
  const file = gold.files[key];
  if (file === undefined) throw new Error(`the gold structure names "${key}", which is not in its "files" map`);
  return file;
}

const articles = new Map<string, IngestedArticle>();
function articleOf(file: string): IngestedArticle {
  const known = articles.get(file);
  if (known) return known;
  const result = ingest(file, new Uint8Array(readFileSync(`${SEEDS}${file}`)));
  if (!result.ok) throw new Error(`${file} was skipped: ${result.reason}`);
  articles.set(file, result.article);
  return result.article;
}

const entries = Object.entries(gold.structure).map(([key, structure]) => ({ file: fileOf(key), ...structure }));
/** One test row per annotated item: the seed file and the item. */
function rows<T>(pick: (entry: (typeof entries)[number]) => T[]): Array<[string, T]> {
  return entries.flatMap((entry) => pick(entry).map((value): [string, T] => [entry.file, value]));
}

test('has a gold structure for every seed file and a seed file for every gold structure', () => {
  expect(entries.map((e) => e.file).sort()).toEqual(seedFiles);
  expect(Object.values(gold.files).sort()).toEqual(seedFiles);
});

test.each(seedFiles)('ingests %s without a warning', (file) => {
  const result = ingest(file, new Uint8Array(readFileSync(`${SEEDS}${file}`)));
  expect(result).toMatchObject({ ok: true, warnings: [] });
});

describe('headlines', () => {
  test.each(entries.filter((e) => e.headline !== null).map((e): [string, string] => [e.file, e.headline ?? '']))(
    'takes the headline of %s for its title',
    (file, headline) => {
      const article = articleOf(file);
      expect(article).toMatchObject({ hasHeadline: true, title: headline });
      expect(article.blocks.map((b) => b.text)).not.toContain(headline);
    },
  );

  test.each(entries.filter((e) => e.headline === null).map((e) => e.file))(
    'finds no headline in %s and makes a title from its opening sentence',
    (file) => {
      const article = articleOf(file);
      expect(article.hasHeadline).toBe(false);
      const opening = article.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
      expect(opening.startsWith(article.title.replace(/…$/u, ''))).toBe(true);
      expect(article.title.length).toBeLessThanOrEqual(100);
    },
  );
});

describe('boilerplate', () => {
  test.each(rows((e) => e.boilerplate))('drops from %s the furniture line %j', (file, line) => {
    const article = articleOf(file);
    for (const block of article.blocks) expect(block.text).not.toContain(line);
    expect(article.title).not.toContain(line);
    expect(article.dropped.map((d) => d.text)).toContain(line);
  });
});

describe('subheadings', () => {
  test.each(rows((e) => e.subheadings))('makes a subheading of %s %j', (file, heading) => {
    expect(articleOf(file).blocks).toContainEqual({ kind: 'heading', text: heading });
  });
});

describe('captions', () => {
  test.each(rows((e) => e.captions))('sets apart as a caption in %s %j', (file, caption) => {
    const captions = articleOf(file).blocks.filter((b) => b.kind === 'caption');
    expect(captions.some((b) => b.text.includes(caption))).toBe(true);
    const others = articleOf(file).blocks.filter((b) => b.kind !== 'caption');
    for (const block of others) expect(block.text).not.toContain(caption);
  });
});

describe('embedded posts', () => {
  const embeds = entries.flatMap((e) => e.embeds.map((embed) => [e.file, embed.text, embed] as const));
  test.each(embeds)('finds in %s the embedded post %j', (file, _text, embed) => {
    const block = articleOf(file).blocks.find((b) => b.kind === 'embed' && b.text === embed.text);
    expect(block).toMatchObject({ kind: 'embed', network: embed.kind, date: embed.date });
    expect(block?.kind === 'embed' && nameToEntityId(block.author)).toBe(embed.author);
  });
});

describe('language and direction', () => {
  // The gold names a language and direction only where the seed is not in English.
  test.each(entries.map((e): [string, string, string] => [e.file, e.language ?? 'en', e.direction ?? 'ltr']))(
    'reads %s as %s, written %s',
    (file, lang, dir) => {
      expect(articleOf(file)).toMatchObject({ lang, dir });
    },
  );
});
