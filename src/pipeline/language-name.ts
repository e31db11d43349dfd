// Language names for readers and for search filters, one spelling everywhere the site shows or filters by language.

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Each tag's name once: a 3,000-article site asks for the same few tens of thousands of times (0.14 s, profiled). */
const known = new Map<string, string>();

/** Human name of a language tag, in English: "ar" → "Arabic"; "und" → "Unknown language". */
export function languageName(lang: string): string {
  if (lang === 'und') return 'Unknown language';
  let name = known.get(lang);
  if (name === undefined) known.set(lang, (name = NAMES.of(lang) ?? lang));
  return name;
}
