// Writes /api/entities/<id>.json for every entity and retired id, and the lists /api/entities.json and
// /api/dossier.json, straight into the output folder, on the build's main thread while Astro renders the pages on its
// own. As Astro routes these 2,000 files (66 MB at 3,000 articles) took about 3 s of Astro's single rendering thread,
// the longest stretch of a build with one core idle; the two lists took about 0.15 s of it in a rebuild, at the end of
// its path, reading the entities' mention counts again from content/data/mentions.json.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf, type KeyedStore } from './build-cache.ts';
import { apiJsonText, DOSSIER_FILE, ENTITY_LIST_FILE, entityApiBody, entityApiFile, entityListBody, retiredApiBody } from './entity-api.ts';
import { dossierSchema, type Dossier, type EntityPageData, type RetiredId } from './schemas.ts';

/** Files written at once: enough to keep the file system busy, few enough that their texts need little memory. */
const BATCH = 32;

/**
 * Writes the API file of each entity, and of each retired id that no current entity took back, and the list of the
 * entities and, once made, the dossier, under `outDir`, and returns every such file. `written` keeps each file's key
 * for the next build; when `kept` says the folder still holds the site of the build that set them, a file that is
 * there and already holds what its key stands for is left as it is. A file's key is the digest of its text, or, for
 * an entity whose sentences' digest `sentencesDigests` holds (contexts.json's, made while packing them), the digest of
 * the rest of its body and that one: then only the files that changed are made at all (at 3,000 articles the texts
 * of all of them, 66 MB of JSON made and hashed to find them unchanged, took about 0.4 s beside Astro's rendering).
 */
export async function writeEntityApi(
  outDir: string,
  base: string,
  entities: readonly EntityPageData[],
  retired: readonly RetiredId[],
  dossier: Dossier | undefined,
  written?: KeyedStore<string>,
  kept = false,
  sentencesDigests?: ReadonlyMap<string, string>,
): Promise<string[]> {
  const current = new Set(entities.map((e) => e.id));
  const entityFile = (e: EntityPageData): { file: string; text: () => string; key?: () => string } => {
    const file = entityApiFile(e.id);
    const text = (): string => apiJsonText(entityApiBody(e, e.contexts, base));
    const sentences = sentencesDigests?.get(e.id);
    return sentences === undefined ? { file, text } : { file, text, key: () => digestOf(JSON.stringify([entityApiBody(e, [], base), sentences])) };
  };
  const files: { file: string; text: () => string; key?: () => string }[] = [
    ...entities.map(entityFile),
    ...retired.filter((r) => !current.has(r.id)).map((r) => ({ file: entityApiFile(r.id), text: () => apiJsonText(retiredApiBody(r, base)) })),
    { file: ENTITY_LIST_FILE, text: () => apiJsonText(entityListBody(entities, base)) },
    // Through the schema, as Astro's route reads it back from the content folder: the same fields in the same order.
    ...(dossier ? [{ file: DOSSIER_FILE, text: () => apiJsonText(dossierSchema.parse(dossier)) }] : []),
  ];
  const api = join(outDir, 'api');
  const folder = join(api, 'entities');
  await mkdir(folder, { recursive: true });
  const present = new Set(kept ? [...(await readdir(folder)).map((name) => join(folder, name)), ...(await readdir(api)).map((name) => join(api, name))] : []);
  const paths: string[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async ({ file, text, key }) => {
        const path = join(outDir, file);
        paths.push(path);
        let body: string | undefined;
        if (written) {
          const digest = key ? key() : digestOf((body = text()));
          const unchanged = present.has(path) && written.get(file) === digest;
          written.set(file, digest);
          if (unchanged) return;
        }
        await writeFile(path, body ?? text());
      }),
    );
  }
  await written?.save();
  return paths;
}
