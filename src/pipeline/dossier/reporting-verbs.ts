// Words that introduce reported speech, per language, for attributing quotes to speakers.

/** Verbs and phrases of saying in the languages Casebook reads (lowercase, folded forms for Arabic). */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'wrote', 'writes', 'told', 'tells', 'tweeted', 'tweets', 'posted', 'added', 'stated', 'stating', 'noted', 'notes',
  'claimed', 'claims', 'explained', 'declared', 'asked', 'argued', 'insisted', 'warned', 'announced', 'replied', 'responded', 'confirmed',
  'a déclaré', 'a dit', 'dit', 'a écrit', 'écrit', 'a affirmé', 'affirme', 'a ajouté', 'ajoute', 'a tweeté', 'explique', 'estime', 'déclare', 'a indiqué', 'indique',
  'sagte', 'sagt', 'schrieb', 'schreibt', 'erklärte', 'erklärt', 'betonte', 'twitterte', 'teilte mit',
  'dijo', 'dice', 'afirmó', 'escribió', 'declaró', 'señaló', 'explicó', 'añadió', 'aseguró',
  'ha detto', 'ha dichiarato', 'ha scritto', 'disse', 'afirmou', 'escreveu', 'declarou',
  'قال', 'قالت', 'يقول', 'تقول', 'كتب', 'كتبت', 'اضاف', 'اضافت', 'صرح', 'صرحت', 'اكد', 'اكدت', 'غرد', 'غردت', 'اعلن', 'اعلنت', 'اوضح', 'اوضحت',
] as const;

/** Phrases that attribute what follows to a source: "according to X". */
export const ATTRIBUTION_PHRASES = ['according to', 'selon', 'laut', 'según', 'secondo', 'segundo', 'وفقا ل', 'وفقًا ل', 'بحسب', 'حسب'];

/** Subject pronouns that stand for the last person named. */
export const PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'er', 'sie', 'él', 'ella', 'lui', 'lei', 'ele', 'ela']);

/** Words that open reported content in indirect speech: "X wrote that …", "قال إن …". */
export const COMPLEMENTISERS = new Set(['that', 'que', 'qu', 'dass', 'che', 'ان', 'أن', 'إن']);

const VERB_PATTERN = new RegExp(
  `(?:^|[^\\p{L}])(?:[وف])?(?:${[...REPORTING_VERBS].sort((a, b) => b.length - a.length).join('|')})(?=$|[^\\p{L}])`,
  'iu',
);

/** True when a stretch of text contains a verb of saying. */
export function hasReportingVerb(text: string): boolean {
  return VERB_PATTERN.test(text.normalize('NFC').replace(/[أإآ]/g, 'ا'));
}

/** Where the first verb of saying in `text` stands, or null. */
export function findReportingVerb(text: string): { start: number; end: number } | null {
  const match = VERB_PATTERN.exec(text.normalize('NFC').replace(/[أإآ]/g, 'ا'));
  if (!match) return null;
  const lead = match[0].search(/[\p{L}]/u);
  return { start: match.index + Math.max(0, lead), end: match.index + match[0].length };
}

/** Words after which a name is an object, not a speaker: "the boss of Tesla", "bought by X". */
export const PREPOSITIONS = new Set(['of', 'by', 'for', 'to', 'with', 'from', 'about', 'at', 'on', 'against', 'de', 'du', 'des', 'par', 'pour', 'à', 'von', 'für', 'mit', 'gegen', 'del', 'por', 'para', 'con', 'contra', 'di', 'da', 'per']);

/**
 * Verbs of accusing, whose charge follows a preposition rather than "that": "X accused Microsoft of training …",
 * "X a accusé Microsoft d'avoir …", "X acusó a Microsoft de …", "اتهم X مايكروسوفت ب…" (the last is left to the
 * general rules). The charge is reported speech of the accuser.
 */
const ACCUSING = /(?:^|[^\p{L}])(?:accused|accuses|accusing|a accusé|accuse|accusait|acusó|acusa|acusaba|beschuldigte|beschuldigt)(?=$|[^\p{L}])/iu;

/** The prepositions that open the charge after a verb of accusing. */
export const CHARGE_OPENERS = new Set(['of', 'de', 'd']);

/** Where the first verb of accusing in `text` stands, or null. */
export function findAccusingVerb(text: string): { start: number; end: number } | null {
  const match = ACCUSING.exec(text);
  if (!match) return null;
  const lead = match[0].search(/\p{L}/u);
  return { start: match.index + Math.max(0, lead), end: match.index + match[0].length };
}
