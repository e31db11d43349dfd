// Month names of the languages Casebook reads, for dates in running text.

/** Month names (lowercase) and common abbreviations, each mapped to its number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = buildMonths({
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  enShort: ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  arAlt: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  arVariants: ['', '', '', 'ابريل', '', 'يونيه', 'يوليه', 'اغسطس', '', 'اكتوبر', '', ''],
});

function buildMonths(table: Record<string, string[]>): Map<string, number> {
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
