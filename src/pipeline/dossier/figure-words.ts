// The words around a number that say what it is: currency, percent, period, hedge. One table per meaning, every language.
// Hand-written: no npm library reads units and hedges across English, French, German, Spanish and Arabic news text.
import { wordsToAlternation } from './date-cues.ts';

type Table = ReadonlyArray<[normalised: string, words: string]>;

/** Currencies by ISO code; symbols and names before or after the number. */
const CURRENCIES: Table = [
  ['USD', 'us$|$|usd|dollars|dollar|dólares|dólar|dollari|dólares estadounidenses|دولار|دولارًا|دولاراً|دولارا|دولارات'],
  ['EUR', '€|eur|euros|euro|يورو'],
  ['GBP', '£|gbp|pounds|pound|livres sterling|pfund|libras|جنيه إسترليني'],
  ['JPY', '¥|jpy|yen'],
  ['CHF', 'chf|francs suisses|franken'],
];

/** Percent in every language. */
const PERCENT: Table = [['percent', '%|٪|percent|per cent|pour cent|prozent|por ciento|في المئة|في المائة|بالمئة|بالمائة']];

/** Periods of a rate: "per month", "par mois", "pro Monat", "al mes", "شهريًا". */
const PERIODS: Table = [
  ['month', 'per month|a month|each month|every month|monthly|par mois|chaque mois|mensuels|mensuelles|pro monat|im monat|jeden monat|monatlich|al mes|por mes|cada mes|mensuales|شهريًا|شهريا|شهرياً|في الشهر|كل شهر'],
  ['year', 'per year|a year|each year|every year|per annum|annually|par an|par année|chaque année|annuels|annuelles|pro jahr|im jahr|jedes jahr|jährlich|al año|por año|cada año|anuales|سنويًا|سنويا|سنوياً|في السنة|في العام|كل عام|كل سنة'],
  ['week', 'per week|a week|each week|every week|weekly|par semaine|chaque semaine|pro woche|wöchentlich|por semana|a la semana|semanales|أسبوعيًا|أسبوعيا|في الأسبوع'],
  ['day', 'per day|a day|each day|every day|daily|par jour|chaque jour|pro tag|täglich|al día|por día|cada día|diarios|يوميًا|يوميا|في اليوم'],
  ['hour', 'per hour|an hour|par heure|de l’heure|pro stunde|por hora|في الساعة'],
];

/** Hedges before a number, normalised to English. */
const QUALIFIERS: Table = [
  ['up to', 'up to|as much as|as many as|jusqu’à|jusqu\'à|bis zu|hasta|تصل إلى|يصل إلى|تصل الى|يصل الى|حتى'],
  ['more than', 'more than|over|above|in excess of|plus de|mehr als|über|más de|أكثر من|ما يزيد عن|ما يزيد على'],
  ['less than', 'less than|fewer than|under|moins de|weniger als|unter|menos de|أقل من'],
  ['at least', 'at least|au moins|mindestens|al menos|ما لا يقل عن'],
  ['about', 'about|around|roughly|approximately|some|an estimated|environ|près de|quelque|etwa|rund|ungefähr|circa|alrededor de|unos|unas|aproximadamente|cerca de|نحو|حوالي|حوالى|قرابة|ما يقرب من'],
  ['almost', 'nearly|almost|presque|fast|knapp|casi|ما يقارب'],
];

/** Hedges that change what is claimed: "up to $50,000" is not "$50,000". "About" and "almost" round, they do not contradict. */
export const CONTRADICTING_QUALIFIERS: ReadonlySet<string> = new Set(['up to', 'more than', 'less than', 'at least']);

/** A lookup from any written form (lowercased) to its normalised meaning, and the alternation that finds the forms. */
export interface WordTable {
  pattern: string;
  meaning: (written: string) => string | null;
}

function wordTable(table: Table): WordTable {
  const byWord = new Map<string, string>();
  for (const [meaning, words] of table) for (const word of words.split('|')) byWord.set(word, meaning);
  return { pattern: wordsToAlternation(byWord.keys()), meaning: (written) => byWord.get(written.toLowerCase().replace(/'/g, '’')) ?? byWord.get(written.toLowerCase()) ?? null };
}

/** Currencies, percent, periods and hedges as lookups. */
export const CURRENCY_WORDS = wordTable(CURRENCIES);
export const PERCENT_WORDS = wordTable(PERCENT);
export const PERIOD_WORDS = wordTable(PERIODS);
export const QUALIFIER_WORDS = wordTable(QUALIFIERS);
