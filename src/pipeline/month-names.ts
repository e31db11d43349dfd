// Month names of the languages Casebook reads, for dates in running text.

/** Twelve names per row ('' where a form has none); a row's language is its first two letters, rows ending in "Short" are abbreviations. */
const MONTH_TABLE: Readonly<Record<string, readonly string[]>> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  enShort: ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  esVariants: ['', '', '', '', '', '', '', '', 'setiembre', '', '', ''],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  deVariants: ['jänner', '', '', '', '', '', '', '', '', '', '', ''],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  arAlt: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  arVariants: ['', '', '', 'ابريل', '', 'يونيه', 'يوليه', 'اغسطس', '', 'اكتوبر', '', ''],
  arVariants2: ['', '', '', 'إبريل', '', '', '', '', '', '', '', ''],
  // Maghrebi names, from the French ones.
  arMaghreb: ['جانفي', 'فيفري', '', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', '', '', '', ''],
};

/** Month names (lowercase) and common abbreviations, each mapped to its number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = buildMonths(MONTH_TABLE);

function buildMonths(table: Readonly<Record<string, readonly string[]>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const names of Object.values(table)) names.forEach((name, i) => name && map.set(name, i + 1));
  return map;
}

/** A regular-expression alternation of every month name, longest first so "june" wins over "jun". */
export const MONTH_ALTERNATION = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/** Number of a month name in any supported language, or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/** Abbreviated month names ("jan", "mar"): months only beside a day or a year, since alone "Jan" is a name and "mar" the Spanish sea. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  Object.entries(MONTH_TABLE).flatMap(([row, names]) => (row.endsWith('Short') ? names.filter(Boolean) : [])),
);

/** Full month names (with regional variants, without abbreviations) by language code, so a cue word and a month name can be made to agree. */
export const MONTH_NAMES_BY_LANGUAGE: ReadonlyMap<string, readonly string[]> = new Map(
  [...new Set(Object.keys(MONTH_TABLE).map((row) => row.slice(0, 2)))].map((lang) => [
    lang,
    Object.entries(MONTH_TABLE).flatMap(([row, names]) => (row.slice(0, 2) === lang && !row.endsWith('Short') ? names.filter(Boolean) : [])),
  ]),
);
