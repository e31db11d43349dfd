// Splits article text into logical lines, whether paragraphs are separated by blank lines or single newlines.

/** One logical line of a seed, with the blank-line group it belongs to. */
export interface SourceLine {
  text: string;
  /** Index of the run of lines between blank lines. */
  group: number;
  /** True when blank lines surround this line alone: a strong sign of a headline or subheading. */
  standalone: boolean;
}

const TERMINAL = /[.!?؟。…:;]["'”’»)\]]*$/u;
/** Lines shorter than this are never taken for hard-wrapped text. */
const MIN_WRAPPED_LENGTH = 40;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/** Splits text into lines; joins hard-wrapped lines (no end punctuation, next starts lowercase). */
export function splitLines(text: string): SourceLine[] {
  const groups = text.split(/\n[ \t\u00A0]*\n/);
  const usesBlankLines = groups.filter((g) => g.trim() !== '').length > 1;
  const lines: SourceLine[] = [];
  let group = 0;
  for (const raw of groups) {
    const joined = joinWrapped(raw.split('\n').map(collapseSpaces).filter((l) => l !== ''));
    if (joined.length === 0) continue;
    for (const line of joined) lines.push({ text: line, group, standalone: usesBlankLines && joined.length === 1 });
    group++;
  }
  return lines;
}

/** Collapses runs of spaces and tabs and trims, so that copied web text compares cleanly. */
function collapseSpaces(line: string): string {
  return line.replace(/[\t \u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').trim();
}

/** A line cut at a fixed width is long and stops mid-sentence, after a word or a comma. */
function looksWrapped(line: string): boolean {
  return line.length >= MIN_WRAPPED_LENGTH && !TERMINAL.test(line) && /[\p{L}\p{N},]$/u.test(line);
}

/** Re-joins a paragraph that was wrapped at a fixed width. */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous !== undefined && looksWrapped(previous) && STARTS_LOWERCASE.test(line)) {
      out[out.length - 1] = `${previous} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}
