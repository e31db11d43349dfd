// Recognise: registry names, discovered names and other-script spellings, combined into one matcher and entity list.
import type { TextInput } from './build-cache.ts';
import { blockCandidates, candidateTexts, discoverFromCandidates, findCorpusCandidates, type ReadFirstNames, type ReadTagger } from './discover-entities.ts';
import type { NameCandidate } from './find-name-candidates.ts';
import { nameToEntityId, parseEntityId, shortHash, type EntityId } from './ids.ts';
import { linkAcrossScripts } from './link-across-scripts.ts';
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
 * Finds the name candidates of many texts at once, given how to find them in one text: the pipeline keeps them across
 * builds by text (and the registry's patterns, as the variant), so that a rebuild reads only the paragraphs that changed.
 */
export type KeepCandidates = (
  inputs: TextInput[],
  find: (input: TextInput) => NameCandidate[],
) => Promise<(text: string, variant: string) => NameCandidate[]>;

/** Finds every text's candidates on the spot, keeping nothing. */
const findHere: KeepCandidates = async (_inputs, find) => (text, variant) => find({ text, variant });

/** Builds the entity list for the corpus: registry first (it wins every conflict), then discoveries. */
export async function recogniseEntities(
  articles: Article[],
  registry: RegistryEntry[],
  readTagger: ReadTagger = readHere,
  keepCandidates: KeepCandidates = findHere,
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

  const inputs = [...new Set(candidateTexts(articles))].map((text) => ({ text, variant: registryMatcher.key }));
  const candidatesIn = await keepCandidates(inputs, ({ text }) => blockCandidates(text, registryMatcher));
  const candidates = findCorpusCandidates(articles, (text) => candidatesIn(text, registryMatcher.key));
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
  for (const alias of registryAliases) {
    const entity = entities.find((e) => e.id === alias.entity);
    if (entity && !entity.aliases.includes(alias.surface)) entity.aliases.push(alias.surface);
  }
  const latinMatcher = buildMatcher([
    ...registryPatterns,
    ...registryAliases.map((a) => ({ entity: a.entity, surface: a.surface, kind: 'name' as const })),
    ...discoveredPatterns,
  ]);
  const crossScript = linkAcrossScripts(articles, entities, latinMatcher);
  for (const pattern of crossScript) {
    const entity = entities.find((e) => e.id === pattern.entity);
    if (entity && !entity.aliases.some((a) => a === pattern.surface)) entity.aliases.push(pattern.surface);
  }
  const matcher = buildMatcher([
    ...registryPatterns,
    ...registryAliases.map((a) => ({ entity: a.entity, surface: a.surface, kind: 'name' as const })),
    ...discoveredPatterns,
    ...crossScript,
  ]);
  const formerIds = new Map<string, EntityId>(registry.flatMap((r) => r.formerIds.map((old) => [old, r.id as EntityId] as const)));
  return { entities, matcher, formerIds };
}
