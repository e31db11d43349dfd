// Normalises decoded text so that every later stage sees one form of it.

/**
 * Bidi embedding, override and isolate controls: they can make text display in another order than
 * it is stored (the "Trojan Source" trick), so they are removed. RLM/LRM marks are harmless and stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Zero-width space and stray byte order marks: invisible and never meaningful in prose. */
const INVISIBLES = /[\u200B\uFEFF\u2060]/g;
/** C0 and C1 control characters other than tab and line feed. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** What cleaning did, so the build can warn about it. */
export interface CleanedText {
  text: string;
  removedControls: number;
}

/** Unifies line ends to LF, composes characters (NFC), and removes controls that only hide or reorder text. */
export function cleanText(raw: string): CleanedText {
  const unified = raw.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n');
  let removedControls = 0;
  const text = unified
    .replace(BIDI_CONTROLS, () => (removedControls++, ''))
    .replace(INVISIBLES, () => (removedControls++, ''))
    .replace(CONTROLS, (c) => (c === '\f' ? '\n' : (removedControls++, '')))
    .normalize('NFC');
  return { text, removedControls };
}
