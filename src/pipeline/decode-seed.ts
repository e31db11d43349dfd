// Turns a seed's bytes into text, or says in plain words why it cannot.

/** What decoding made of a seed: text and any warning, or the reason it is unusable. */
export type Decoded =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of control bytes above which a file is treated as binary rather than text. */
const MAX_CONTROL_SHARE = 0.05;

/** Decodes UTF-8 (with or without BOM) and UTF-16 with BOM; falls back to Windows-1252 with a warning. */
export function decodeSeed(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  }
  if (looksBinary(bytes)) {
    return { ok: false, reason: 'it looks like binary data, not text; remove it or save the article as UTF-8 text' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: legacy 8-bit text is most often Windows-1252 (a superset of Latin-1 for printable text).
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      ok: true,
      text,
      warnings: ['it is not valid UTF-8; read it as Windows-1252 (Latin-1). Save it as UTF-8 to be sure of its accents'],
    };
  }
}

/** Binary files have NUL bytes or many C0 control bytes other than tab and line ends. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return bytes.length > 0 && controls / bytes.length > MAX_CONTROL_SHARE;
}
