// Words that announce a date ("in", "by", "en", "im", "بحلول"), by language, as regular-expression alternations.
// Hand-written: no library lists temporal prepositions across these languages (chrono-node is English-centric).

/** Arabic cue words may carry the conjunction و or ف in front ("وفي", "فبحلول"). */
const AR = (words: string): string => `[وف]?(?:${words})`;

/** Words after which a bare month is a month ("by June", "en juin", "بحلول شهر يونيو"), keyed by the month names' language so "in Mars" is not "mars". */
export const MONTH_CUES: ReadonlyMap<string, string> = new Map([
  // A multi-word cue is written up to the word before the month: "by the end of June" matches "end of".
  ['en', 'in|by|since|until|till|through|from|during|before|after|last|next|this|early|late|mid|end of|beginning of|start of|middle of'],
  ['fr', "en|dès|depuis|jusqu['’]en|d['’]ici|avant|après|fin|début|mi|courant|mois de|mois d['’]"],
  ['de', 'im|seit|bis|ab|anfang|ende|mitte|vor|nach|monat'],
  ['es', 'en|desde|hasta|para|durante|antes de|después de|a partir de|finales de|fines de|principios de|mediados de|mes de'],
  ['it', 'a|in|entro|da|fino a|prima di|dopo|inizio|fine|metà|mese di'],
  ['pt', 'em|desde|até|durante|antes de|depois de|a partir de|início de|final de|fim de|meados de|mês de'],
  ['ar', AR('في|بحلول|منذ|حتى|قبل|بعد|خلال|مطلع|أوائل|أواخر|منتصف|نهاية|بداية|شهر')],
]);

/** Month names that are also common words, with the narrow cues that make them months: otherwise "May" is a modal verb. */
export const COMMON_WORD_MONTHS: ReadonlyMap<string, { lang: string; cues: string }> = new Map([
  ['may', { lang: 'en', cues: 'in|by|since|until|last|next|early|late|mid' }],
]);

/** Languages that always capitalise month and weekday names, so a lowercase "march" is a verb, not a month. */
export const CAPITALISED_LANGUAGES: ReadonlySet<string> = new Set(['en', 'de']);

/** Words after which four digits are a year ("in 2015", "im Jahr 2015", "في عام 2015"): without one, "2015 employees" is a count. */
export const YEAR_CUES = [
  'in|since|by|until|till|through|from|during|before|after|early|late|mid|end of|beginning of|start of|year',
  "en|depuis|dès|jusqu['’]en|d['’]ici|avant|après|fin|début|mi|courant|année|l['’]an",
  'im|im jahre?|jahre?|seit|bis|ab|anfang|ende|mitte|vor|nach',
  'desde|hasta|para|durante|año|en el|antes de|después de|a partir de|finales de|fines de|principios de|mediados de',
  "nel|dal|entro il|fino al|anno|nell['’]anno|prima del|dopo il|inizio|metà",
  'em|até|ano|ano de|antes de|depois de|início de|final de|fim de|meados de',
  AR('في|منذ|حتى|بحلول|قبل|بعد|خلال|عام|العام|سنة|مطلع|أوائل|أواخر|منتصف|نهاية|بداية'),
].join('|');

/** Words that make a number after a cue an amount, not a year ("in 2000 million"). */
export const AMOUNT_WORDS = [
  'hundred|thousand|million|billion|trillion|dollars?|euros?|pounds?|percent|per cent',
  'mille|milliers?|millions?|milliards?|pour cent',
  'tausend|millionen|milliarden|prozent|euro|dollar',
  'mil|millones|miles de millones|por ciento|milioni|miliardi|per cento|milhões|bilhões|por cento',
  'ألف|آلاف|مليون|ملايين|مليار|مليارات|دولار|يورو|بالمئة|في المئة',
].join('|');

/** A regular-expression alternation of literal words, longest first so "june" wins over "jun". */
export function wordsToAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
