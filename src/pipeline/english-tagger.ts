// The English tagger (compromise), apart from the rest of entity typing: building its lexicon takes about half a
// second of the thread that loads it, so it is loaded only where a name must be read, and a rebuild whose names were
// all read before (their readings are in the build cache) never loads it.
import nlp from 'compromise/two';
import { PERSON_TAGS, PLACE_TAGS, type TaggerReading, type TaggerRequest, type TypeVotes } from './guess-entity-type.ts';
import { matchRulesByHooks } from './tagger-hooks.ts';

// compromise's rule matcher, with each sentence's candidate rules gathered by number (tagger-hooks.ts).
nlp.plugin({ methods: { one: { bulkMatch: matchRulesByHooks } } });

type Parsed = ReturnType<typeof nlp>;
/** The tagger's reading of the last sentences seen: a sentence with several names is parsed once, not once per name. */
const RECENT = new Map<string, Parsed>();
const RECENT_LIMIT = 64;

function parsed(sentence: string): Parsed {
  let doc = RECENT.get(sentence);
  if (!doc) {
    doc = nlp(sentence);
    if (RECENT.size >= RECENT_LIMIT) RECENT.delete(RECENT.keys().next().value!);
    RECENT.set(sentence, doc);
  }
  return doc;
}

/** An English tagger's reading of one name in its sentence: pure, so readings can be cached and run on other threads. */
export function readWithTagger({ sentence, name }: TaggerRequest): TaggerReading {
  const match = parsed(sentence).match(name);
  if (!match.found) return {};
  const tags = new Set(match.json({ terms: { tags: true } }).flatMap((p: { terms: Array<{ tags: string[] }> }) => p.terms.flatMap((t) => t.tags)));
  if (!tags.has('ProperNoun') && (tags.has('Demonym') || tags.has('Date') || tags.has('Adjective') || tags.has('Pronoun'))) return null;
  if (tags.has('Demonym') || tags.has('WeekDay') || tags.has('Month')) return null;
  const votes: Partial<TypeVotes> = {};
  if (PERSON_TAGS.some((t) => tags.has(t))) votes.person = 2;
  if (tags.has('Organization')) votes.organization = 2;
  if (PLACE_TAGS.some((t) => tags.has(t))) votes.place = 2;
  return votes;
}

/** Whether the tagger knows a word on its own as a first name ("Satya", "Maria"): pure, so answers can be cached. */
export function isFirstName(word: string): boolean {
  return nlp(word).has('#FirstName');
}
