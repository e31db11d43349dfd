// Decides what each line of a seed is: headline, subheading, paragraph, caption, embedded post or furniture.
import { parseEmbedAttribution } from './find-embeds.ts';
import { countLineWords, endsSentence, furnitureKind, isCaption, isProse, isTitleLike } from './line-shapes.ts';
import type { SourceLine } from './split-lines.ts';
import type { DroppedLine } from './types.ts';

/** A body unit before ids and mentions are added. */
export type StructuredUnit =
  | { kind: 'paragraph' | 'heading' | 'caption'; text: string }
  | { kind: 'embed'; text: string; author: string; handle: string | null; date: string | null };

/** The structure of one article. */
export interface Structure {
  headline: string | null;
  units: StructuredUnit[];
  dropped: DroppedLine[];
}

const MAX_HEADLINE_WORDS = 25;
const MAX_SUBHEADING_WORDS = 10;

/** Classifies every line with general patterns of news pages, never the strings of one corpus. */
export function findStructure(lines: SourceLine[]): Structure {
  const usesBlankLines = lines.some((l) => l.standalone) || new Set(lines.map((l) => l.group)).size > 1;
  const dropped: DroppedLine[] = [];
  const units: StructuredUnit[] = [];
  const headline = findHeadline(lines, usesBlankLines);
  const lastSentence = lines.findLastIndex((l) => endsSentence(l.text) || isProse(l.text));
  let inTagList = false;

  for (let i = headline === null ? 0 : 1; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const text = line.text;

    const attribution = next ? parseEmbedAttribution(next.text) : null;
    if (attribution && !isTitleLike(text, 3)) {
      units.push({ kind: 'embed', text, ...attribution });
      i++;
      continue;
    }
    const furniture = furnitureKind(text);
    if (furniture === 'tag-label') {
      inTagList = true;
      dropped.push({ reason: 'tag-list', text });
      continue;
    }
    if (furniture) {
      dropped.push({ reason: furniture, text });
      continue;
    }
    if (inTagList && !isProse(text)) {
      dropped.push({ reason: 'tag-list', text });
      continue;
    }
    inTagList = false;
    if (isCaption(text)) {
      units.push({ kind: 'caption', text });
      continue;
    }
    // A title-like line glued to a photo caption is a teaser for another article.
    if (next && next.group === line.group && isCaption(next.text) && isTitleLike(text, MAX_HEADLINE_WORDS)) {
      dropped.push({ reason: 'teaser', text });
      continue;
    }
    // Short lines after the last sentence are category links, bylines and the like.
    if (lastSentence >= 0 && i > lastSentence && countLineWords(text) <= MAX_SUBHEADING_WORDS) {
      dropped.push({ reason: 'trailing-furniture', text });
      continue;
    }
    const isSubheading =
      (!usesBlankLines || line.standalone) &&
      isTitleLike(text, MAX_SUBHEADING_WORDS) &&
      next !== undefined &&
      isProse(next.text);
    units.push({ kind: isSubheading ? 'heading' : 'paragraph', text });
  }
  return { headline, units, dropped };
}

/** The first line is a headline when it is title-like, stands alone (in files that use blank lines), and text follows. */
function findHeadline(lines: SourceLine[], usesBlankLines: boolean): string | null {
  const [first, second] = lines;
  if (!first || !second) return null;
  if (usesBlankLines && !first.standalone) return null;
  if (!isTitleLike(first.text, MAX_HEADLINE_WORDS)) return null;
  if (isCaption(first.text) || furnitureKind(first.text)) return null;
  return first.text;
}
