// Ingest: one seed's bytes become a typed Article (without its slug, which depends on the whole corpus).
import { createHash } from 'node:crypto';
import { cleanText } from './clean-text.ts';
import { decodeSeed } from './decode-seed.ts';
import { detectLanguage, languageToDirection } from './detect-language.ts';
import { isProse } from './line-shapes.ts';
import { findStructure, type StructuredUnit } from './find-structure.ts';
import { paragraphId } from './ids.ts';
import { countWords, hasWords, openingSentenceToTitle } from './make-title.ts';
import { segmentSentences } from './sentence-spans.ts';
import { splitLines } from './split-lines.ts';
import type { Article, Block } from './types.ts';

/** An article before the corpus gives it a unique slug. */
export type IngestedArticle = Omit<Article, 'slug'>;

/** The outcome for one seed: an article with warnings, or the reason it was skipped. */
export type IngestResult =
  | { ok: true; article: IngestedArticle; warnings: string[] }
  | { ok: false; reason: string };

/** Turns one seed file into an article: decode, clean, split, classify, detect language, title. */
export function ingest(source: string, bytes: Uint8Array): IngestResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const warnings = [...decoded.warnings];
  const { text, removedControls } = cleanText(decoded.text);
  if (removedControls > 0) {
    warnings.push(`removed ${removedControls} invisible or text-reordering control character(s)`);
  }
  const structure = findStructure(splitLines(text));
  const bodyTexts = structure.units.map((u) => u.text);
  if (!hasWords([structure.headline ?? '', ...bodyTexts])) {
    return { ok: false, reason: 'it has no words (only white space or punctuation)' };
  }
  const lang = detectLanguage(bodyTexts.join('\n') || (structure.headline ?? ''));
  const paragraphs = structure.units.filter((u) => u.kind === 'paragraph').map((u) => u.text);
  const firstText = paragraphs.find(isProse) ?? paragraphs.find((t) => /\p{L}/u.test(t)) ?? bodyTexts[0] ?? '';
  const title = structure.headline ?? openingSentenceToTitle(firstText, lang);
  return {
    ok: true,
    warnings,
    article: {
      source,
      title,
      hasHeadline: structure.headline !== null,
      lang,
      dir: languageToDirection(lang),
      blocks: unitsToBlocks(structure.units, lang),
      dropped: structure.dropped,
      words: countWords([title, ...bodyTexts], lang),
      hash: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}

/** Numbers the anchored blocks in reading order, so paragraph ids are stable for an unchanged seed, and finds their sentences. */
function unitsToBlocks(units: StructuredUnit[], lang: string): Block[] {
  let position = 0;
  return units.map((unit): Block => {
    if (unit.kind === 'heading') return { kind: 'heading', text: unit.text };
    const id = paragraphId(++position);
    const sentences = segmentSentences(unit.text, lang);
    if (unit.kind === 'embed') return { ...unit, id, network: unit.handle ? 'tweet' : 'post', sentences, mentions: [] };
    return { kind: unit.kind, id, text: unit.text, sentences, mentions: [] };
  });
}
