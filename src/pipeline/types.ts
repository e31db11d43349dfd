// The typed document that travels through the stages, defined once.
import type { EntityId, ParagraphId, Slug } from './ids.ts';
import type { EntityType } from './schemas.ts';

/** Writing direction of a text, as `<html dir>` wants it. */
export type Direction = 'ltr' | 'rtl';

/** A run of an article's text that names an entity: offsets are UTF-16 indices into the block's text. */
export interface Mention {
  entity: EntityId;
  start: number;
  end: number;
}

/** Start and end offsets (UTF-16) of each sentence of a block's text, in order, as the language's segmenter finds them. */
export type SentenceSpans = Array<[start: number, end: number]>;

/** A body paragraph, with its anchor and the entity mentions found in it. */
export interface ParagraphBlock {
  kind: 'paragraph';
  id: ParagraphId;
  text: string;
  /** Found once, at ingest, and kept with the article: entities, contexts and the dossier all read sentences. */
  sentences: SentenceSpans;
  mentions: Mention[];
}

/** A subheading inside the article body. */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

/** A photo caption or credit, set apart from the running text. */
export interface CaptionBlock {
  kind: 'caption';
  id: ParagraphId;
  text: string;
  sentences: SentenceSpans;
  mentions: Mention[];
}

/** A post from a social network quoted in the article, with who posted it and when. */
export interface EmbedBlock {
  kind: 'embed';
  id: ParagraphId;
  network: 'tweet' | 'post';
  text: string;
  sentences: SentenceSpans;
  author: string;
  handle: string | null;
  /** ISO date as precise as the attribution line gives it, or null. */
  date: string | null;
  mentions: Mention[];
}

/** One unit of an article body, in reading order. */
export type Block = ParagraphBlock | HeadingBlock | CaptionBlock | EmbedBlock;

/** Page furniture dropped from the body, kept so a reader of the build log sees what went. */
export interface DroppedLine {
  reason: 'comment-prompt' | 'tag-list' | 'author-follow' | 'teaser' | 'share-prompt' | 'trailing-furniture';
  text: string;
}

/** A seed turned into a structured article. */
export interface Article {
  /** The seed's file name, as the API reports it. */
  source: string;
  slug: Slug;
  title: string;
  /** True when the seed had a headline; false when the title was made from the opening sentence. */
  hasHeadline: boolean;
  lang: string;
  dir: Direction;
  blocks: Block[];
  dropped: DroppedLine[];
  words: number;
  /** SHA-256 of the seed's bytes, so a changed seed is noticed. */
  hash: string;
}

/** An entity as the site publishes it. */
export interface Entity {
  id: EntityId;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string | null;
  /** Where a description drawn from the corpus came from. */
  descriptionSource: { article: Slug; paragraph: ParagraphId } | null;
  sameAs: string[];
}

/** Something wrong with one seed: the build names the file, says why, and goes on. */
export interface SeedWarning {
  file: string;
  message: string;
  /** True when the seed was skipped altogether. */
  skipped: boolean;
}
