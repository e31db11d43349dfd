// Finds words in quotation marks of every common style, tolerating the unclosed quotes of copied web text.

/** A run of quoted words: offsets of the words inside the marks, and of the marks themselves. */
export interface QuotedSpan {
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
  /** False when the quote ran into another opening mark without its closing one. */
  closed: boolean;
}

const OPENERS: Record<string, string[]> = {
  '“': ['”'],
  '„': ['“', '”'],
  '«': ['»'],
  '"': ['"'],
  '‹': ['›'],
  '「': ['」'],
};

/** Lists quoted spans; an opener met before its closer ends the open quote there (copied text often drops closers). */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = OPENERS[text[i]!];
    if (!closers) {
      i++;
      continue;
    }
    const open = i;
    let j = open + 1;
    while (j < text.length && !closers.includes(text[j]!) && !(text[j]! in OPENERS && text[j] !== '"' && !closers.includes(text[j]!))) j++;
    const closed = j < text.length && closers.includes(text[j]!);
    const start = open + 1;
    const end = j;
    if (end > start) spans.push({ start, end, outerStart: open, outerEnd: closed ? j + 1 : j, closed });
    i = closed ? j + 1 : j;
  }
  return spans.map(trimSpan(text));
}

function trimSpan(text: string): (span: QuotedSpan) => QuotedSpan {
  return (span) => {
    let { start, end } = span;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
    return { ...span, start, end };
  };
}
