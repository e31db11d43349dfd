// The entities' sentences as content/data/contexts.json holds them: each article's details and each sentence once,
// and per entity rows that point at them, with a digest of what its page shows. A sentence naming three entities was
// written three times, with its article's slug, source, language and direction each time: at 3,000 articles that
// was 33 MB, which the pipeline serialised and Astro read, parsed and checked on every build; and Astro serialised
// every entity's sentences again to tell whether its page changed.
import { hash } from 'node:crypto';
import { ownEntry } from './own-entry.ts';
import type { ContextsFile, EntityPageData, MentionContext } from './schemas.ts';

/**
 * Each entity's digest of its sentences and the articles they come from, by value, not by index (the indices move when
 * another entity's sentences come or go): what tells whether its page changed. One digest of the whole text per
 * entity: the same bytes as fed to a hash line by line, at a fraction of the calls.
 */
export function contextsDigests(entities: readonly Pick<EntityPageData, 'id' | 'contexts'>[]): Map<string, string> {
  const digests = new Map<string, string>();
  for (const { id, contexts } of entities) {
    let hashed = '';
    for (const c of contexts) hashed += `${c.article}\0${c.source}\0${c.lang}\0${c.dir}\0${c.paragraph}\0${c.sentence}\n`;
    digests.set(id, hash('sha256', hashed, 'hex'));
  }
  return digests;
}

/**
 * The key of a contexts.json: the file is made from the entities' ids and sentences in order, which their digests
 * stand for, by the code of pipeline `version`, and from nothing else; so a file that holds this key holds this file.
 */
export function contextsFileKey(version: string, digests: ReadonlyMap<string, string>): string {
  let keyed = `${version}\n`;
  for (const [id, digest] of digests) keyed += `${id}\0${digest}\n`;
  return hash('sha256', keyed, 'hex');
}

/** Packs the sentences of `entities` into the shape of contexts.json, under `key` (contextsFileKey), its first field. */
export function packContexts(entities: readonly Pick<EntityPageData, 'id' | 'contexts'>[], key: string, digests = contextsDigests(entities)): ContextsFile {
  const articles: ContextsFile['articles'] = [];
  const articleIndex = new Map<string, number>();
  // The last article row met for each slug: an entity's sentences come an article at a time, and building the row's
  // key again for each of 100,000 sentences took a tenth of a second at 3,000 articles.
  const lastBySlug = new Map<string, { at: number; source: string; lang: string; dir: string }>();
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const byEntity: ContextsFile['entities'] = {};
  for (const { id, contexts } of entities) {
    const rows = contexts.map((c): [number, string, number] => {
      let row = lastBySlug.get(c.article);
      if (row === undefined || row.source !== c.source || row.lang !== c.lang || row.dir !== c.dir) {
        const rowKey = `${c.article}\0${c.source}\0${c.lang}\0${c.dir}`;
        let a = articleIndex.get(rowKey);
        if (a === undefined) {
          articleIndex.set(rowKey, (a = articles.length));
          articles.push({ article: c.article, source: c.source, lang: c.lang, dir: c.dir });
        }
        row = { at: a, source: c.source, lang: c.lang, dir: c.dir };
        lastBySlug.set(c.article, row);
      }
      let s = sentenceIndex.get(c.sentence);
      if (s === undefined) {
        sentenceIndex.set(c.sentence, (s = sentences.length));
        sentences.push(c.sentence);
      }
      return [row.at, c.paragraph, s];
    });
    byEntity[id] = { digest: digests.get(id)!, rows };
  }
  return { key, articles, sentences, entities: byEntity };
}

/** The sentences of entity `id`, in the order they were packed; none for an id the file does not hold. */
export function unpackContexts(file: ContextsFile, id: string): MentionContext[] {
  return (ownEntry(file.entities, id)?.rows ?? []).map(([a, paragraph, s]) => {
    const { article, source, lang, dir } = file.articles[a]!;
    // In the order of mentionContextSchema, which /api/entities/<id>.json shows.
    return { article, source, paragraph, lang, dir, sentence: file.sentences[s]! };
  });
}

/** What tells whether entity `id`'s page changed: the digest of its sentences and the articles they come from. */
export function contextsSummary(file: ContextsFile, id: string): { digest: string; articles: string[] } {
  const entry = ownEntry(file.entities, id);
  return { digest: entry?.digest ?? '', articles: [...new Set((entry?.rows ?? []).map(([a]) => file.articles[a]!.article))] };
}
