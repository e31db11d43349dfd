// Language names for readers and for search filters, one spelling everywhere the site shows or filters by language.

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Each tag's name once: a large site asks for the same few thousands of times, and ICU takes about 15 µs a call. */
const known = new Map<string, string>();

/** Human name of a language tag, in English: "ar" → "Arabic"; "und" → "Unknown language". */
export function languageName(lang: string): string {
  if (lang === 'und') return 'Unknown language';
  let name = known.get(lang);
  if (name === undefined) known.set(lang, (name = NAMES.of(lang) ?? lang));
  return name;
}
