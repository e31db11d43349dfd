// Finds runs of capitalised words in Latin-script text: the raw candidates for entities nobody listed.
import { foldWord, stripPossessive } from './fold-text.ts';
import { isNameStopword, isRoleWord, NAME_CONNECTORS } from './name-stopwords.ts';
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

const GAP_IN_NAME = /^(?:\s|[-‐.])$/u;
/** Punctuation that ends a sentence or opens a new one; a closing quotation mark does neither ("…,” Marwick said). */
const SENTENCE_END = /[.!?؟:;\n]|—/u;
const OPENING_MARK = /["“„«‹(\[]\s*$/u;
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
    while (run.length > 1 && HONORIFICS.has(foldWord(run[0]!.text))) {
      run.shift();
      afterHonorific = true;
    }
    // "Water and Energy Minister Omar Haddad": the name is what follows the last role word.
    const lastRole = run.findLastIndex((t, i) => i < run.length - 1 && isRoleWord(foldWord(t.text)));
    if (lastRole >= 0) {
      run = run.slice(lastRole + 1);
      afterHonorific = true;
    }
    // "Tesla CEO": a role after a name says who the person is, not what the name is.
    if (run.length > 1 && isRoleWord(foldWord(run.at(-1)!.text))) run.pop();
    const leading = run[0];
    if (leading) {
      const sentenceInitial = !afterHonorific && isSentenceStart(text, tokens, runIndex);
      // A capitalised function word opening a sentence ("The", "Selon") is not part of the name.
      if (sentenceInitial && isNameStopword(foldWord(leading.text)) && run.length > 1) run.shift();
      const words = run.map((t) => stripPossessive(t.text));
      const key = words.map(foldWord).join(' ');
      if (!(run.length === 1 && isNameStopword(key)) && /\p{L}/u.test(key)) {
        candidates.push({
          surface: text.slice(run[0]!.start, run.at(-1)!.start) + words.at(-1)!,
          key,
          tokens: run.length,
          sentenceInitial: sentenceInitial && run[0] === leading,
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
    } else if (run.length > 0 && NAME_CONNECTORS.has(foldWord(token.text)) && isCapitalisedWord(tokens[i + 1]?.text ?? '')) {
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  return candidates;
}

function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{Ll}{1,2}\p{Lu}/u.test(word);
}

/** A token starts a sentence when a sentence end or an opening quotation mark stands between it and the word before. */
function isSentenceStart(text: string, tokens: Token[], index: number): boolean {
  if (index === 0) return true;
  const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
  return SENTENCE_END.test(gap) || OPENING_MARK.test(gap);
}
