// Language names for readers and for search filters, one spelling everywhere the site shows or filters by language.

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Human name of a language tag, in English: "ar" → "Arabic"; "und" → "Unknown language". */
export function languageName(lang: string): string {
  if (lang === 'und') return 'Unknown language';
  return NAMES.of(lang) ?? lang;
}
