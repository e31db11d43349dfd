// compromise's rule matcher (`methods.one.bulkMatch`, which its post-tagger runs over every sentence), written again to
// gather each sentence's candidate rules from integer ids. compromise looks every one of its 570 rules' 730 hook
// words and tags up in each sentence's set of words and tags, joins the hooks' lists of rules into a new array and
// drops repeated rules through an object keyed by their text: over the 7,667 sentences of the 3,000 bench articles'
// name readings that was about a third of the tagger's time. Here the hooks a sentence holds are found from the
// sentence's own set, and repeats are told by a number given to each rule's text once per net. The rules tried, their
// order and the matches are compromise's own (a test holds the two to the same results over thousands of sentences).
// Written by hand: it is an adapter to compromise's plugin interface (pinned at 14.17.0), which no package provides.

/** A compiled rule of compromise's net, as far as choosing it reads it. */
export interface Rule {
  /** The rule's text, which tells rules apart. */
  match: string;
  /** Words or tags a sentence must hold all of. */
  needs: string[];
  /** Words or tags of which a sentence must hold `minWant`. */
  wants: string[];
  minWant: number;
  /** Words or tags a sentence must hold none of. */
  ifNo?: string[];
  /** The fewest terms a sentence can match it with. */
  minWords: number;
  unTag?: unknown;
}

/** compromise's rule net: the rules by hook word or tag, and those with no hook, tried everywhere. */
export interface RuleNet {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

/** What bulkMatch uses of compromise's methods: the sentences' sets of words and tags, and the matcher of one rule. */
export interface MatchMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>;
    match(document: unknown[][], rule: Rule): { ptrs: number[][] };
  };
}

/** A rule that matched: the rule's fields, and where, as [sentence, first term, end]. */
export type RuleMatch = Rule & { pointer: number[] };

/** compromise's `methods.one.bulkMatch`. */
export type BulkMatch = (document: unknown[][], net: RuleNet, methods: MatchMethods, options?: { matchOne?: boolean }) => RuleMatch[];

/** A net as this matcher reads it: each hook's place in the net's order, and each hook's rules with their text's number. */
interface IndexedNet {
  placeOf: Map<string, number>;
  rulesAt: Array<Array<{ rule: Rule; text: number }>>;
  texts: number;
}

/** Each net indexed once (compromise builds its post-tagger's net once). */
const indexed = new WeakMap<RuleNet, IndexedNet>();

function indexNet(net: RuleNet): IndexedNet {
  const numbers = new Map<string, number>();
  const hooks = Object.keys(net.hooks);
  const rulesAt = hooks.map((hook) =>
    net.hooks[hook]!.map((rule) => {
      let text = numbers.get(rule.match);
      if (text === undefined) numbers.set(rule.match, (text = numbers.size));
      return { rule, text };
    }),
  );
  return { placeOf: new Map(hooks.map((hook, i) => [hook, i])), rulesAt, texts: numbers.size };
}

/** Whether a sentence holding `held` may match `rule`: every need, no ifNo, and enough wants. */
function mayMatch(rule: Rule, held: Set<string>): boolean {
  if (!rule.needs.every((need) => held.has(need))) return false;
  if (rule.ifNo !== undefined && rule.ifNo.some((no) => held.has(no))) return false;
  if (rule.wants.length === 0) return true;
  let found = 0;
  for (const want of rule.wants) if (held.has(want)) found++;
  return found >= rule.minWant;
}

/**
 * The rules of `net` that match each sentence of `document`, as compromise's bulkMatch gives them: for each sentence,
 * the rules of the hooks it holds, in the net's order of hooks and each hook's order of rules, the first of each text
 * kept, those whose needs, ifNo and wants it meets, then the rules with no hook, those it has the terms for, each
 * tried in turn.
 */
export const matchRulesByHooks: BulkMatch = (document, net, methods, options = {}) => {
  let index = indexed.get(net);
  if (!index) indexed.set(net, (index = indexNet(net)));
  const { placeOf, rulesAt } = index;
  // The sentence each rule text was last taken for: a rule under several held hooks is taken once.
  const takenFor = new Int32Array(index.texts).fill(-1);
  const results: RuleMatch[] = [];
  const caches = methods.one.cacheDoc(document);
  for (const [n, held] of caches.entries()) {
    const places: number[] = [];
    for (const item of held) {
      const place = placeOf.get(item);
      if (place !== undefined) places.push(place);
    }
    places.sort((a, b) => a - b);
    const candidates: Rule[] = [];
    for (const place of places) {
      for (const { rule, text } of rulesAt[place]!) {
        if (takenFor[text] === n) continue;
        takenFor[text] = n;
        if (mayMatch(rule, held)) candidates.push(rule);
      }
    }
    candidates.push(...net.always);
    const terms = document[n]!.length;
    for (const rule of candidates) {
      // Written as compromise compares, so that a rule without a count is never tried.
      if (!(terms >= rule.minWords)) continue;
      const { ptrs } = methods.one.match([document[n]!], rule);
      if (ptrs.length === 0) continue;
      for (const pointer of ptrs) {
        pointer[0] = n;
        results.push({ ...rule, pointer });
      }
      if (options.matchOne === true) return [results[0]!];
    }
  }
  return results;
};
