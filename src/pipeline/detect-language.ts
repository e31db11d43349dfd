// Language and writing direction of an article, from a maintained detector's models (franc-min's, ranked as franc does).
import { iso6393To1 } from 'iso-639-3';
import { francLanguage } from './rank-languages.ts';
import type { Direction } from './types.ts';

/** Below this many characters trigram detection guesses more than it knows. */
const MIN_DETECTABLE_LENGTH = 80;

/** Detects the language as a BCP 47 primary tag ("en", "ar"), or "und" when the text is too short or unclear. */
export function detectLanguage(text: string): string {
  const code = francLanguage(text, MIN_DETECTABLE_LENGTH);
  if (code === 'und') return 'und';
  // franc names macrolanguage members (arb: Standard Arabic); the web names the macrolanguage (ar).
  return iso6393To1[code] ?? MEMBER_TO_MACRO[code] ?? code;
}

const MEMBER_TO_MACRO: Record<string, string> = { arb: 'ar', cmn: 'zh', pes: 'fa', zlm: 'ms', swh: 'sw', ekk: 'et', lvs: 'lv', azj: 'az', uzn: 'uz', khk: 'mn', npi: 'ne', ory: 'or', plt: 'mg', ydd: 'yi', gaz: 'om', quy: 'qu', als: 'sq' };

/** Writing direction from the language's locale data (CLDR), so no list of RTL languages is kept here. */
export function languageToDirection(lang: string): Direction {
  if (lang === 'und') return 'ltr';
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
