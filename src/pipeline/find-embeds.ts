// Recognises posts from social networks quoted in an article: the post's text, then "— Name (@handle) date".
import { MONTH_ALTERNATION, monthNumber } from './month-names.ts';

/** The attribution line under an embedded post. */
export interface EmbedAttribution {
  author: string;
  handle: string | null;
  date: string | null;
}

// An em or en dash (or two hyphens), a name, an optional (@handle), then a date (German days end in a dot) or a link.
const ATTRIBUTION = new RegExp(
  String.raw`^(?:—|–|--|-)\s*([^\s()@—–][^()@—–]{0,80}?)\s*(?:\((@[\p{L}\p{N}_]{1,30})\))?\s*` +
    String.raw`((?:${MONTH_ALTERNATION})\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:${MONTH_ALTERNATION})\.?\s+\d{4})?\s*(?:https?://\S+)?$`,
  'iu',
);

/** Reads an attribution line such as "— Jane Doe (@jane) April 19, 2023", or null when the line is not one. */
export function parseEmbedAttribution(line: string): EmbedAttribution | null {
  const match = ATTRIBUTION.exec(line);
  if (!match) return null;
  const [, author = '', handle, dateText] = match;
  // A bare "— Name" with neither handle nor date is an ordinary dash in prose, not an embed.
  if (handle === undefined && dateText === undefined) return null;
  return { author: author.trim(), handle: handle?.slice(1) ?? null, date: dateText ? dateTextToIso(dateText) : null };
}

/** "April 19, 2023", "19 April 2023" or German "19. April 2023" to "2023-04-19". */
function dateTextToIso(text: string): string | null {
  const parts = text.replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
  const year = parts.find((p) => /^\d{4}$/.test(p));
  const day = parts.find((p) => /^\d{1,2}$/.test(p));
  const month = parts.map(monthNumber).find((m) => m !== undefined);
  if (!year || !day || !month) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
