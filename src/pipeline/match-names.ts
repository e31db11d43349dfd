// One pass over a text's tokens against a trie of every known name: longest match first, any script.
import { digestOf } from './build-cache.ts';
import { arabicReadings, foldWord, stripPossessive } from './fold-text.ts';
import type { EntityId } from './ids.ts';
import { tokenize, type Token } from './tokenize.ts';

/** A surface form that refers to an entity: its name, an alias, or a descriptor phrase. */
export interface NamePattern {
  entity: EntityId;
  surface: string;
  kind: 'name' | 'descriptor';
}

/** A place in a text where a pattern matched. */
export interface NameMatch {
  entity: EntityId;
  start: number;
  end: number;
  kind: 'name' | 'descriptor';
}

/** A match as the build cache keeps it: entity, start, end, and 1 for a descriptor (the matches of 3,000 articles: 10 MB as objects). */
export type PackedMatch = [entity: EntityId, start: number, end: number, descriptor?: 1];

/** The kept form of `matches` (unpackMatches gives them back). */
export function packMatches(matches: NameMatch[]): PackedMatch[] {
  return matches.map((m) => (m.kind === 'descriptor' ? [m.entity, m.start, m.end, 1] : [m.entity, m.start, m.end]));
}

/** The matches that packMatches kept, their keys in the order match gives them. */
export function unpackMatches(packed: PackedMatch[]): NameMatch[] {
  return packed.map(([entity, start, end, descriptor]) => ({ entity, kind: descriptor === 1 ? 'descriptor' : 'name', start, end }));
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** The entity of the first pattern with these words, and the capitalisation of every pattern that spelled them. */
  terminal?: { entity: EntityId; kind: NamePattern['kind']; spellings: boolean[][] };
}

/** Matches every pattern in one pass, linear in the text's length. */
export interface NameMatcher {
  match(text: string): NameMatch[];
  /** A digest of the patterns, in order: matchers with one key find the same matches, so results can be kept by it. */
  readonly key: string;
}

// Between two words of one name: a space, a hyphen or a dot ("X.AI", "Jean-Luc"), never a comma or a sentence end.
const NAME_GAP = /^(?:\s|[-‐.·])$|^\s?[-–]\s?$/u;

/**
 * Builds the matcher; the first pattern registered for a token sequence wins, so the registry overrides discovery.
 * Names are matched first; a descriptor counts only where it overlaps no name, so "the boss of Tesla" never hides Tesla.
 */
export function buildMatcher(patterns: Iterable<NamePattern>): NameMatcher {
  const list = [...patterns];
  const names = buildTrie(list.filter((p) => p.kind === 'name'));
  const descriptors = buildTrie(list.filter((p) => p.kind === 'descriptor'));
  return {
    key: digestOf(JSON.stringify(list.map((p) => [p.entity, p.surface, p.kind]))),
    match(text) {
      const found = matchText(names, text);
      const free = matchText(descriptors, text).filter((d) => !found.some((n) => d.start < n.end && d.end > n.start));
      return free.length === 0 ? found : [...found, ...free].sort((a, b) => a.start - b.start);
    },
  };
}

function buildTrie(patterns: NamePattern[]): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const pattern of patterns) {
    const tokens = tokenize(pattern.surface);
    if (tokens.length === 0) continue;
    let node = root;
    for (const token of tokens) {
      const key = foldWord(stripPossessive(token.text));
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    node.terminal ??= { entity: pattern.entity, kind: pattern.kind, spellings: [] };
    if (node.terminal.entity === pattern.entity) node.terminal.spellings.push(tokens.map((t) => isCapitalised(t.text)));
  }
  return root;
}

function matchText(root: TrieNode, text: string): NameMatch[] {
  // Without descriptors, or with an empty registry, there is nothing to find: skip tokenising (a second of a large build).
  if (root.children.size === 0) return [];
  const tokens = tokenize(text);
  const matches: NameMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const best = longestAt(root, tokens, i, text);
    if (!best) continue;
    matches.push(best.match);
    i = best.lastToken;
  }
  return matches;
}

function longestAt(root: TrieNode, tokens: Token[], i: number, text: string): { match: NameMatch; lastToken: number } | null {
  const first = tokens[i]!;
  let best: { match: NameMatch; lastToken: number } | null = null;
  for (const reading of arabicReadings(foldWord(stripPossessive(first.text)))) {
    let node = root.children.get(reading.stem);
    const surfaces = [first.text.slice(reading.prefix)];
    let j = i;
    while (node) {
      const terminal = node.terminal;
      if (terminal && terminal.spellings.some((spelling) => casesAgree(spelling, surfaces)) && (!best || j > best.lastToken)) {
        const last = tokens[j]!;
        best = {
          match: { entity: terminal.entity, kind: terminal.kind, start: first.start, end: last.start + stripPossessive(last.text).length },
          lastToken: j,
        };
      }
      const next = tokens[j + 1];
      if (!next || !NAME_GAP.test(text.slice(tokens[j]!.end, next.start))) break;
      node = node.children.get(foldWord(stripPossessive(next.text)));
      surfaces.push(next.text);
      j++;
    }
  }
  return best;
}

/** A capitalised word in the pattern needs a capitalised word in the text ("Gates", not "gates"); caseless scripts always agree. */
function casesAgree(capitalised: boolean[], surfaces: string[]): boolean {
  return capitalised.every((needsCapital, k) => !needsCapital || !isLowercase(surfaces[k] ?? ''));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

function isLowercase(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !/\p{Lu}/u.test(word);
}
