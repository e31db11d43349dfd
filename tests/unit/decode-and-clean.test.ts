// Decoding a seed's bytes and cleaning its text: every encoding the README promises, and every control that hides text.
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/pipeline/clean-text.ts';
import { decodeSeed } from '../../src/pipeline/decode-seed.ts';
import { ingest } from '../../src/pipeline/ingest.ts';

/** Text in three scripts with a character outside the Basic Multilingual Plane, so surrogate pairs are decoded too. */
const SAMPLE = 'Élysée: “Twitter” accuse Microsoft — تويتر تتهم مايكروسوفت 🐦\n';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const high = unit >> 8;
    const low = unit & 0xff;
    bytes.set(endian === 'le' ? [low, high] : [high, low], 2 + i * 2);
  }
  return bytes;
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => Array.from(part)));
}

describe('decodeSeed', () => {
  test.each([
    ['UTF-8 without a byte order mark', utf8(SAMPLE)],
    ['UTF-8 with a byte order mark, which is not kept in the text', concat([0xef, 0xbb, 0xbf], utf8(SAMPLE))],
    ['UTF-16 little-endian with a byte order mark', utf16(SAMPLE, 'le')],
    ['UTF-16 big-endian with a byte order mark', utf16(SAMPLE, 'be')],
  ])('decodes %s without a warning', (_encoding, bytes) => {
    expect(decodeSeed(bytes)).toEqual({ ok: true, text: SAMPLE, warnings: [] });
  });

  test.each([
    ['accents', [0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x6f, 0xfb, 0x74, 0x65], 'Café coûte'],
    ['curly quotes', [0x93, 0x54, 0x77, 0x69, 0x74, 0x74, 0x65, 0x72, 0x94], '“Twitter”'],
    ['the euro sign and a dash', [0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x41, 0x46, 0x50], '5 € – AFP'],
  ])('falls back to Windows-1252 for invalid UTF-8 with %s, and warns', (_what, bytes, text) => {
    const decoded = decodeSeed(Uint8Array.from(bytes));
    expect(decoded).toEqual({ ok: true, text, warnings: [expect.stringMatching(/not valid UTF-8.*Windows-1252/)] });
  });

  test.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]],
    ['text with one NUL byte in it', [...utf8('Twitter accuses Microsoft'), 0x00, ...utf8(' of misusing its data.')]],
    ['UTF-16 without a byte order mark', utf16('Twitter accuses Microsoft', 'le').subarray(2)],
    ['bytes that are mostly control characters', [0x01, 0x02, 0x03, 0x04, 0x05, 0x41, 0x06, 0x07, 0x08, 0x0e, 0x42]],
  ])('refuses %s as binary and says why', (_what, bytes) => {
    const decoded = decodeSeed(Uint8Array.from(bytes));
    expect(decoded).toEqual({ ok: false, reason: expect.stringMatching(/binary data, not text.*UTF-8/) });
  });

  test('does not take tabs, form feeds and line ends for signs of binary data', () => {
    const text = 'Twitter\taccuses\fMicrosoft\r\nof misusing its data.\n';
    expect(decodeSeed(utf8(text))).toEqual({ ok: true, text, warnings: [] });
  });
});

describe('cleanText', () => {
  test.each([
    ['turns CRLF line ends into LF', 'One.\r\nTwo.\r\n\r\nThree.', 'One.\nTwo.\n\nThree.', 0],
    ['turns old Mac CR line ends into LF', 'One.\rTwo.\r\rThree.', 'One.\nTwo.\n\nThree.', 0],
    ['turns a mix of CRLF, CR and LF into LF', 'One.\r\nTwo.\rThree.\nFour.', 'One.\nTwo.\nThree.\nFour.', 0],
    ['turns Unicode line and paragraph separators into LF', 'One.\u2028Two.\u2029Three.', 'One.\nTwo.\nThree.', 0],
    ['removes and counts a right-to-left override (Trojan Source)', 'Pay \u202Eyad 01\u202C now', 'Pay yad 01 now', 2],
    ['removes and counts embeddings', '\u202Aleft\u202C and \u202Bright\u202C', 'left and right', 4],
    ['removes and counts directional isolates', 'Twitter \u2066x\u2069 \u2067y\u2069 \u2068z\u2069', 'Twitter x y z', 6],
    ['removes and counts zero-width spaces', 'Micro\u200Bsoft and Twit\u200Bter', 'Microsoft and Twitter', 2],
    ['removes and counts a stray byte order mark and a word joiner', '\uFEFFTwitter\u2060 said', 'Twitter said', 2],
    ['removes and counts other control characters', 'Twitter\u0007 said\u001B', 'Twitter said', 2],
    ['keeps tabs', 'Twitter\tsaid', 'Twitter\tsaid', 0],
    ['keeps left-to-right and right-to-left marks, which only help display', 'قال Musk\u200F إن', 'قال Musk\u200F إن', 0],
    ['composes a Latin letter and its combining accent (NFC)', 'Ele\u0301onore a\u0300 Paris', 'El\u00E9onore \u00E0 Paris', 0],
    ['composes an Arabic alef and its madda (NFC)', 'ا\u0653خر', 'آخر', 0],
  ])('%s', (_name, raw, text, removedControls) => {
    expect(cleanText(raw)).toEqual({ text, removedControls });
  });

  test('returns text in NFC, whatever form it came in', () => {
    const decomposed = 'Mots-clés : données, Éléonore'.normalize('NFD');
    const { text } = cleanText(decomposed);
    expect(text).toBe('Mots-clés : données, Éléonore'.normalize('NFC'));
    expect(text.normalize('NFC')).toBe(text);
  });
});

describe('ingest of bytes that need decoding or cleaning', () => {
  const prose = 'Twitter accuses Microsoft of misusing its data, according to a letter sent by the lawyer of its owner.';

  test('passes the Windows-1252 warning on to the build', () => {
    const bytes = concat(utf8(`${prose} Caf`), [0xe9, 0x2e]);
    const result = ingest('latin1.txt', bytes);
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/Windows-1252/)]);
    expect(result.ok && result.article.blocks.map((b) => b.text)).toEqual([`${prose} Café.`]);
  });

  test('warns with the number of controls it removed', () => {
    const result = ingest('trojan.txt', utf8(`\u202E${prose}\u202C\u200B`));
    expect(result.ok && result.warnings).toEqual(['removed 3 invisible or text-reordering control character(s)']);
    expect(result.ok && result.article.blocks.map((b) => b.text)).toEqual([prose]);
  });

  test.each([
    ['an empty file', new Uint8Array(), 'the file is empty'],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), expect.stringMatching(/binary/)],
    ['a file of white space and punctuation only', utf8(' \n\n … — !!! \n'), 'it has no words (only white space or punctuation)'],
  ])('skips %s with a reason', (_what, bytes, reason) => {
    expect(ingest('bad.txt', bytes)).toEqual({ ok: false, reason });
  });
});
