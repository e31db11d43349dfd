// Shapes of lines that news pages share across outlets and languages, used to classify each line.

// Closing quotes and brackets may follow the stop, after a (no-break) space in French « … » and with German „…“ quotes.
const TERMINAL = /[.!?؟。…;](?:[\s\u00A0\u202F]*["'”’“‘»«›‹)\]])*$/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Counts words the cheap way, for shape tests on one line. */
export function countLineWords(line: string): number {
  return line.match(WORD)?.length ?? 0;
}

/** True when a line ends a sentence. */
export function endsSentence(line: string): boolean {
  return TERMINAL.test(line);
}

/** Running text: a sentence of some length, or a long line whatever its end. */
export function isProse(line: string): boolean {
  const words = countLineWords(line);
  return (words >= 6 && endsSentence(line)) || words >= 25;
}

/** A short line that reads like a title: letters, no sentence end, not a lead-in ending in a colon. */
export function isTitleLike(line: string, maxWords: number): boolean {
  const words = countLineWords(line);
  return (
    words >= 1 &&
    words <= maxWords &&
    /\p{L}.*\p{L}/u.test(line) &&
    !endsSentence(line) &&
    !/[:,]$/.test(line) &&
    /^[\p{Lu}\p{Lo}\p{N}"“«'‘]/u.test(line)
  );
}

/** Credits and captions of news photos: agency credits, "Photo by", photo illustrations, capitalised datelines. */
const CAPTION_PATTERNS: RegExp[] = [
  // Only where a credit stands (line start, after a sentence, bracket, bar or dash), not "its image by investing".
  /(?:^|[.!?,;|(\[©–—-]\s*)(?:(?:crédits?|credits?)\s+)?(?:photo(?:graph)?|image|picture|foto|bild|crédit|credit)s?\s*(?:by|:|credit)/iu,
  /\bphoto illustration\b/iu,
  /\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|anadolu|bloomberg|dpa|xinhua)\b/iu,
  /\((?:[^()]*?\b(?:afp|reuters|ap|getty|epa|dpa|photo|archives?|file)\b[^()]*?[/–—-][^()]*?)\)$/iu,
  /^\p{Lu}[\p{Lu} .'-]+,\s*\p{Lu}[\p{Lu} .'-]+\s+\p{Lu}+\s+\d{1,2}:/u,
  /(?:^|\s)(?:صورة|الصورة)\s*[:(]/u,
];

/** True when a line is a photo caption or credit. */
export function isCaption(line: string): boolean {
  return CAPTION_PATTERNS.some((pattern) => pattern.test(line));
}

/** What kind of furniture a line is, if it is page chrome rather than the article. */
export type FurnitureKind = 'comment-prompt' | 'share-prompt' | 'author-follow' | 'tag-label';

const FURNITURE: Array<[FurnitureKind, RegExp]> = [
  ['comment-prompt', /^(?:(?:leave|add|post|write|view|show|read|see|load)\s+(?:a\s+|your\s+|all\s+|the\s+)?(?:\d+\s+)?comments?|\d+\s+comments?|comments?\s*\(\d+\)|laisser un commentaire|ajouter un commentaire|deja un comentario|kommentar (?:schreiben|hinterlassen)|lascia un commento|أضف تعليق(?:ا|اً)?|اترك تعليق(?:ا|اً)?)[.!]?$/iu],
  ['share-prompt', /^(?:share (?:this|on)\b.*|advertisement|sponsored|sign up for .*newsletter.*|subscribe to .*|partager (?:cet|sur)\b.*|publicité|anzeige|شارك(?:\s+(?:هذا\s+|هذه\s+)?(?:المقال|المقالة|الخبر|الموضوع)|\s+(?:على|عبر)\s+\S+)?)$/iu],
  ['author-follow', /^(?:(?:you can\s+)?follow\s.{0,160}\son|(?:vous pouvez\s+)?suivre\s.{0,160}\ssur|suivez\s.{0,160}\ssur|folgen sie\s.{0,160}\sauf|(?:puedes?\s+)?sig(?:ue|a|uir)\s.{0,160}\sen|تابع(?:وا|ونا)?(?:\s.{0,160})?\s(?:على|عبر))\s+(?:twitter|facebook|instagram|x|linkedin|threads|bluesky|mastodon|tiktok|تويتر|فيسبوك|إنستغرام)(?![\p{L}]).*$/iu],
  ['tag-label', /^(?:tags?|topics?|related topics|tagged(?: with)?|keywords|filed under|mots-clés|étiquettes|schlagwörter|themen|etiquetas|temas|الوسوم|وسوم|كلمات مفتاحية)\s*(?::.*)?$/iu],
];

/** Names the furniture kind of a line, or null for article text. */
export function furnitureKind(line: string): FurnitureKind | null {
  if (countLineWords(line) > 40) return null;
  for (const [kind, pattern] of FURNITURE) if (pattern.test(line)) return kind;
  return null;
}
