// Finds runs of capitalised words in Latin-script text: the raw candidates for entities nobody listed.
import { foldWord, stripPossessive } from './fold-text.ts';
import { isCalendarWord, isNameStopword, isRoleWord, NAME_CONNECTORS } from './name-stopwords.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One run of capitalised words in one block of one article. */
export interface NameCandidate {
  /** The words as written, possessive removed. */
  surface: string;
  /** Folded words joined by spaces: the key candidates merge on. */
  key: string;
  tokens: number;
  /** True when the run starts a sentence, where capitals prove nothing. */
  sentenceInitial: boolean;
  start: number;
  end: number;
}

/**
 * A candidate as the build cache keeps it: surface, key (0 when it is the surface in lower case, as it mostly is),
 * tokens, sentence-initial (1 or 0), start and end. As objects, the kept candidates of 3,000 articles were 18 MB of
 * JSON, read and parsed on the main thread in every rebuild; as these, 5 MB.
 */
export type PackedCandidate = [surface: string, key: string | 0, tokens: number, sentenceInitial: 0 | 1, start: number, end: number];

/** The kept form of `candidates` (unpackCandidates gives them back). */
export function packCandidates(candidates: NameCandidate[]): PackedCandidate[] {
  return candidates.map((c) => [c.surface, c.key === c.surface.toLowerCase() ? 0 : c.key, c.tokens, c.sentenceInitial ? 1 : 0, c.start, c.end]);
}

/** The candidates that packCandidates kept. */
export function unpackCandidates(packed: PackedCandidate[]): NameCandidate[] {
  return packed.map(([surface, key, tokens, sentenceInitial, start, end]) => ({ surface, key: key === 0 ? surface.toLowerCase() : key, tokens, sentenceInitial: sentenceInitial === 1, start, end }));
}

const GAP_IN_NAME = /^(?:\s|[-‐.])$/u;
/** Punctuation that ends a sentence or opens a new one; a closing quotation mark does neither ("…,” Marwick said). */
const SENTENCE_END = /[.!?؟:;\n]|—/u;
// A straight double quote opens only after a space or at the start: in `," Marwick` it closes.
const OPENING_MARK = /(?:[“„«‹(\[]|(?:^|\s)")\s*$/u;
/** Titles before a name: they show that a person follows, but are not part of the name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'm', 'mme', 'mlle', 'herr', 'frau', 'sr', 'sra', 'srta', 'dott', 'sig']);

/** Lists the capitalised runs of `text` outside the spans in `covered` (names already matched). */
export function findNameCandidates(text: string, covered: Array<[number, number]>): NameCandidate[] {
  const tokens = tokenize(text);
  const inCovered = (t: Token): boolean => covered.some(([s, e]) => t.start < e && t.end > s);
  const candidates: NameCandidate[] = [];
  let run: Token[] = [];
  let runIndex = 0;

  const flush = (): void => {
    while (run.length > 0 && NAME_CONNECTORS.has(foldWord(run.at(-1)!.text))) run.pop();
    let afterHonorific = false;
    const initial = isSentenceStart(text, tokens, runIndex);
    // Words that open a run without belonging to the name: a title ("Mme", "Dr"), a month or weekday ("In April
    // Hydralis"), a connector ("of Energy"), or a capitalised function word that starts the sentence ("But", "Para").
    while (run.length > 1) {
      const first = foldWord(run[0]!.text);
      if (HONORIFICS.has(first)) afterHonorific = true;
      else if (!isCalendarWord(first) && !NAME_CONNECTORS.has(first) && !(initial && run[0] === tokens[runIndex] && isNameStopword(first))) break;
      run.shift();
    }
    // "Water and Energy Minister Omar Haddad": the name is what follows the last role word.
    const lastRole = run.findLastIndex((t, i) => i < run.length - 1 && isRoleWord(foldWord(t.text)));
    if (lastRole >= 0) {
      run = run.slice(lastRole + 1);
      afterHonorific = true;
      while (run.length > 1 && NAME_CONNECTORS.has(foldWord(run[0]!.text))) run.shift();
    }
    // "Tesla CEO": a role after a name says who the person is, not what the name is.
    if (run.length > 1 && isRoleWord(foldWord(run.at(-1)!.text))) run.pop();
    const leading = run[0];
    if (leading) {
      const sentenceInitial = !afterHonorific && initial;
      const words = run.map((t) => stripPossessive(t.text));
      const key = words.map(foldWord).join(' ');
      if (!(run.length === 1 && isNameStopword(key)) && /\p{L}/u.test(key)) {
        candidates.push({
          surface: text.slice(run[0]!.start, run.at(-1)!.start) + words.at(-1)!,
          key,
          tokens: run.length,
          sentenceInitial: sentenceInitial && run[0] === tokens[runIndex],
          start: run[0]!.start,
          end: run.at(-1)!.start + words.at(-1)!.length,
        });
      }
    }
    run = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run.at(-1);
    const joined = previous === undefined || GAP_IN_NAME.test(text.slice(previous.end, token.start));
    if (!joined) flush();
    if (inCovered(token) || !/^\p{Script=Latin}/u.test(token.text)) {
      flush();
      continue;
    }
    if (isCapitalisedWord(token.text)) {
      if (run.length === 0) runIndex = i;
      run.push(token);
    } else if (run.length > 0 && NAME_CONNECTORS.has(foldWord(token.text)) && joinsName(tokens, i)) {
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  return candidates;
}

/** A connector joins a name when a capitalised word follows it, directly or after a second connector ("de la Santé"). */
function joinsName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? '';
  if (isCapitalisedWord(next)) return true;
  return NAME_CONNECTORS.has(foldWord(next)) && isCapitalisedWord(tokens[i + 2]?.text ?? '');
}

function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{Ll}{1,2}\p{Lu}/u.test(word);
}

/** A token starts a sentence when a sentence end or an opening quotation mark stands between it and the word before. */
function isSentenceStart(text: string, tokens: Token[], index: number): boolean {
  if (index === 0) return true;
  const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
  // "Dr. Smith", "M. Oberlin": the full stop ends the title, not a sentence.
  if (/^\.\s+$/u.test(gap) && HONORIFICS.has(foldWord(tokens[index - 1]!.text))) return false;
  return SENTENCE_END.test(gap) || OPENING_MARK.test(gap);
}
