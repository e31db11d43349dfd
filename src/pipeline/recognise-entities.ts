// Recognise: registry names, discovered names and other-script spellings, combined into one matcher and entity list.
import { textGroups, type TextGroup, type TextInput } from './build-cache.ts';
import { blockCandidates, candidateTexts, discoverFromCandidates, findCorpusCandidates, type ReadFirstNames, type ReadTagger } from './discover-entities.ts';
import { nameToEntityId, parseEntityId, shortHash, type EntityId } from './ids.ts';
import { blockTexts, crossScriptArticles, crossScriptFinder, crossScriptPatterns } from './link-across-scripts.ts';
import { packCandidates, unpackCandidates } from './find-name-candidates.ts';
import { buildMatcher, type NameMatcher, type NamePattern } from './match-names.ts';
import type { RegistryEntry } from './schemas.ts';
import type { Article, Entity } from './types.ts';

/** Every known entity and the matcher that finds their names. */
export interface Recognised {
  entities: Entity[];
  matcher: NameMatcher;
  /** Ids of the old names that registry entries took over, for redirects. */
  formerIds: Map<string, EntityId>;
}

/** Reads with the tagger on this thread, one name after the other (loading it only when there is a name to read). */
const readHere: ReadTagger = async (requests) => (requests.length === 0 ? [] : requests.map((await import('./english-tagger.ts')).readWithTagger));

/** Asks the tagger on this thread about each word (loading it only when there is a word to ask about). */
export const firstNamesHere: ReadFirstNames = async (words) => (words.length === 0 ? [] : words.map((await import('./english-tagger.ts')).isFirstName));

/**
 * Works out a pure function of many texts at once, given how to work it out for one: the pipeline keeps the results
 * across builds in the store `name`, by article and variant (the registry's patterns for name candidates, the entities
 * and matcher for other-script spellings), so that a rebuild works out only the articles that changed.
 */
export type KeepByText = <O>(name: string, groups: TextGroup[], compute: (input: TextInput) => O) => Promise<(text: string, variant: string) => O>;

/** Works out every text on the spot, keeping nothing. */
const computeHere: KeepByText = async (_name, _groups, compute) => (text, variant) => compute({ text, variant });

/** Builds the entity list for the corpus: registry first (it wins every conflict), then discoveries. */
export async function recogniseEntities(
  articles: Article[],
  registry: RegistryEntry[],
  readTagger: ReadTagger = readHere,
  keep: KeepByText = computeHere,
  readFirstNames: ReadFirstNames = firstNamesHere,
): Promise<Recognised> {
  const entities: Entity[] = registry.map((r) => ({
    id: parseEntityId(r.id),
    name: r.name,
    type: r.type,
    aliases: [...r.aliases],
    description: r.description ?? null,
    descriptionSource: null,
    sameAs: [...r.sameAs],
  }));
  const registryPatterns: NamePattern[] = registry.flatMap((r) => [
    ...[r.name, ...r.aliases].map((surface) => ({ entity: r.id as EntityId, surface, kind: 'name' as const })),
    ...r.descriptors.map((surface) => ({ entity: r.id as EntityId, surface, kind: 'descriptor' as const })),
  ]);
  const registryMatcher = buildMatcher(registryPatterns);

  const candidatesIn = await keep('name-candidates', textGroups(articles, candidateTexts, registryMatcher.key), ({ text }) => packCandidates(blockCandidates(text, registryMatcher)));
  const candidates = findCorpusCandidates(articles, (text) => unpackCandidates(candidatesIn(text, registryMatcher.key)));
  const [readings, firstNames] = await Promise.all([readTagger(candidates.taggerRequests), readFirstNames(candidates.firstNameQuestions)]);
  const { discovered, registryAliases } = discoverFromCandidates(candidates, readings, firstNames, entities);
  const taken = new Set<string>([...entities.map((e) => e.id), ...registry.flatMap((r) => r.formerIds)]);
  const discoveredPatterns: NamePattern[] = [];
  for (const found of [...discovered].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    let id = nameToEntityId(found.name);
    if (taken.has(id)) id = `${id}-${shortHash(found.name)}` as EntityId;
    taken.add(id);
    entities.push({ id, name: found.name, type: found.type, aliases: found.aliases, description: null, descriptionSource: null, sameAs: [] });
    for (const surface of [found.name, ...found.aliases]) discoveredPatterns.push({ entity: id, surface, kind: 'name' });
  }
  // Each entity by id (the first of that id, as a search from the start finds it), for the spellings found below:
  // looking each of hundreds of them up among thousands of entities one by one took 40 ms a build at 3,000 articles.
  const byId = new Map<string, Entity>();
  for (const entity of entities) if (!byId.has(entity.id)) byId.set(entity.id, entity);
  addAliases(byId, registryAliases);
  const aliasPatterns = registryAliases.map((a) => ({ entity: a.entity, surface: a.surface, kind: 'name' as const }));
  const latinMatcher = buildMatcher([...registryPatterns, ...aliasPatterns, ...discoveredPatterns]);
  const finder = crossScriptFinder(entities, latinMatcher);
  const crossScriptIn = crossScriptArticles(articles);
  const namesIn = await keep('cross-script-names', textGroups(crossScriptIn, blockTexts, finder.key), ({ text }) => finder.find(text));
  const crossScript = crossScriptPatterns(crossScriptIn.flatMap(blockTexts), (text) => namesIn(text, finder.key));
  addAliases(byId, crossScript);
  const matcher = buildMatcher([
    ...registryPatterns,
    ...aliasPatterns,
    ...discoveredPatterns,
    ...crossScript,
  ]);
  const formerIds = new Map<string, EntityId>(registry.flatMap((r) => r.formerIds.map((old) => [old, r.id as EntityId] as const)));
  return { entities, matcher, formerIds };
}

/** Adds each spelling to its entity's aliases, once; a spelling of an entity not in `byId` is left out. */
function addAliases(byId: ReadonlyMap<string, Entity>, spellings: ReadonlyArray<{ entity: string; surface: string }>): void {
  for (const { entity: id, surface } of spellings) {
    const entity = byId.get(id);
    if (entity && !entity.aliases.includes(surface)) entity.aliases.push(surface);
  }
}
