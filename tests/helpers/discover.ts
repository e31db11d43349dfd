// Discovery run whole on the test's thread: candidates found, read with the English tagger here, typed and merged.
import { blockCandidates, discoverFromCandidates, findCorpusCandidates, type Discovery } from '../../src/pipeline/discover-entities.ts';
import { isFirstName, readWithTagger } from '../../src/pipeline/english-tagger.ts';
import type { EntityId } from '../../src/pipeline/ids.ts';
import type { NameMatcher } from '../../src/pipeline/match-names.ts';
import type { Article } from '../../src/pipeline/types.ts';

/** Finds, types and merges the names that `registryMatcher` does not already cover, as the pipeline does. */
export function discoverEntities(articles: Article[], registryMatcher: NameMatcher, registryNames: Array<{ id: EntityId; name: string }>): Discovery {
  const found = findCorpusCandidates(articles, (text) => blockCandidates(text, registryMatcher));
  return discoverFromCandidates(found, found.taggerRequests.map(readWithTagger), found.firstNameQuestions.map(isFirstName), registryNames);
}
