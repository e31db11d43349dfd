// Names written in another script ("برلسكوني") linked to the entity found in Latin script ("Berlusconi").
import { digestOf } from './build-cache.ts';
import { arabicReadings, foldWord } from './fold-text.ts';
import type { EntityId } from './ids.ts';
import type { NameMatcher, NamePattern } from './match-names.ts';
import { memoByText } from './text-memo.ts';
import { tokenize } from './tokenize.ts';
import type { Article } from './types.ts';

/**
 * Consonant skeletons: letters grouped by how transliteration treats them, vowels and glides dropped,
 * doubles collapsed. Written by hand: no npm library compares names across scripts by sound.
 */
const ARABIC_SKELETON: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 's', س: 's', ص: 's', ز: 's', ذ: 's', ظ: 's', ش: 's', چ: 's', ج: 'g', غ: 'g', گ: 'g',
  خ: 'k', ق: 'k', ك: 'k', د: 'd', ض: 'd', ر: 'r', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n',
};

/** Skeleton of a Latin-script word: "Berlusconi" → "brlskn". */
export function latinSkeleton(word: string): string {
  const plain = foldWord(word)
    .replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/[sc]h/g, 's').replace(/[tkg]h/g, (m) => m[0]!)
    .replace(/x/g, 'ks').replace(/q/g, 'k').replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k')
    .replace(/v/g, 'f').replace(/p/g, 'b').replace(/z/g, 's').replace(/j/g, 'g')
    .replace(/[^bdfgklmnrst]/g, '');
  return collapse(plain);
}

/** Skeleton of an Arabic-script word (already folded): "برلسكوني" → "brlskn". */
export function arabicSkeleton(folded: string): string {
  return collapse([...folded].map((ch) => ARABIC_SKELETON[ch] ?? '').join(''));
}

function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/g, '$1');
}

/**
 * Shortest skeletons for a one-word match: a surname of a person is trusted at three consonants; a one-word name is
 * trusted at four, or at three when its vowels agree (see vowelsAgree); shorter ones collide with ordinary words.
 */
const MIN_SURNAME_SKELETON = 3;
const MIN_SINGLE_NAME_SKELETON = 4;

/** Long vowels and the letters Arabic spells foreign vowels with, as the vowel classes of `latinVowelled`. */
const ARABIC_VOWELS: Record<string, string> = { ا: 'a', ى: 'a', ة: 'a', ي: 'i', و: 'u' };

/** A Latin word as consonant classes and vowel classes: "Nerava" → "nirafa". */
function latinVowelled(word: string): string {
  // "w" is written with و, a vowel letter in Arabic ("Marwick" → ماروك).
  const classes = [...foldWord(word)].map((ch) => (/[aeiouyw]/u.test(ch) ? ({ a: 'a', e: 'i', i: 'i', y: 'i', o: 'u', u: 'u', w: 'u' })[ch]! : latinSkeleton(ch)));
  return collapse(classes.join(''));
}

/** An Arabic word as consonant classes and the vowels it writes: "نيرافا" → "nirafa". */
function arabicVowelled(folded: string): string {
  return collapse([...folded].map((ch) => ARABIC_SKELETON[ch] ?? ARABIC_VOWELS[ch] ?? '').join(''));
}

/**
 * A three-consonant name ("Nerava") collides with ordinary Arabic words (تواصل ~ Tesla), so its Arabic spelling must
 * also write its vowels where the Latin name has them: every vowel the Arabic word writes is one the name has there,
 * and a name ending in a vowel ends in one in Arabic too.
 */
function vowelsAgree(latin: string, arabicStem: string): boolean {
  const name = latinVowelled(latin);
  const written = arabicVowelled(arabicStem);
  let at = 0;
  for (const ch of written) {
    const found = name.indexOf(ch, at);
    if (found < 0 || (/[aiu]/u.test(ch) && /[bdfgklmnrst]/u.test(name.slice(at, found)))) return false;
    at = found + 1;
  }
  const endsInVowel = /[aiu]$/u.test(name);
  if (!/[aiu]/u.test(written) || (endsInVowel && !/[aiu]$/u.test(written))) return false;
  return written.replace(/[aiu]/gu, '').length === name.replace(/[aiu]/gu, '').length;
}

/** An entity's name as one block of an article spells it in another script. */
export interface CrossScriptName {
  entity: EntityId;
  surface: string;
}

/**
 * What finds other-script spellings in one block's text, for one entity list and matcher; `key` is a digest of both,
 * so that what it found in a text can be kept across builds by the text and the key.
 */
export interface CrossScriptFinder {
  key: string;
  find: (text: string) => CrossScriptName[];
}

/** Finds other-script spellings of known Latin names in non-Latin articles and returns them as name patterns. */
export function linkAcrossScripts(
  articles: Article[],
  entities: Array<{ id: EntityId; name: string; type: string; aliases: string[] }>,
  matcher: NameMatcher,
): NamePattern[] {
  return crossScriptPatterns(crossScriptTexts(articles), crossScriptFinder(entities, matcher).find);
}

/** The texts a finder is asked about, in order: the blocks of the articles that have text in Arabic script. */
export function crossScriptTexts(articles: Article[]): string[] {
  return crossScriptArticles(articles).flatMap(blockTexts);
}

/** The articles that have text in Arabic script, whose blocks (blockTexts) a finder is asked about. */
export function crossScriptArticles(articles: Article[]): Article[] {
  return articles.filter(mayHaveArabic);
}

/** The texts of an article's blocks, in order. */
export const blockTexts = (article: Article): string[] => article.blocks.map((block) => block.text);

/** The name patterns of what `namesIn` finds in `texts` (crossScriptTexts), each once, in the order first found. */
export function crossScriptPatterns(texts: readonly string[], namesIn: (text: string) => CrossScriptName[]): NamePattern[] {
  const found = new Map<string, NamePattern>();
  for (const text of texts) {
    for (const { entity, surface } of namesIn(text)) found.set(`${entity} ${surface}`, { entity, surface, kind: 'name' });
  }
  return [...found.values()];
}

function mayHaveArabic(article: Article): boolean {
  return article.lang !== 'und' && [article.title, ...article.blocks.map((b) => b.text)].some((text) => /[\u0600-\u06FF]/u.test(text));
}

/** The finder for `entities`, skipping what `matcher` already finds. */
export function crossScriptFinder(entities: Array<{ id: EntityId; name: string; type: string; aliases: string[] }>, matcher: NameMatcher): CrossScriptFinder {
  const key = digestOf(JSON.stringify([matcher.key, entities.map(({ id, name, type, aliases }) => [id, name, type, aliases])]));
  const full = new Map<string, EntityId[]>();
  const single = new Map<string, EntityId[]>();
  const firstWord = new Map<EntityId, string>();
  const lastWord = new Map<EntityId, string>();
  const oneWordNames = new Set<EntityId>();
  for (const entity of entities) {
    // An editor who wrote the name in Arabic script knows better than any skeleton.
    if (entity.aliases.some((a) => /[\u0600-\u06FF]/u.test(a))) continue;
    const words = entity.name.split(/\s+/).filter((w) => /\p{Script=Latin}/u.test(w));
    const skeletons = words.map(latinSkeleton).filter(Boolean);
    if (skeletons.length >= 2) push(full, `${skeletons[0]} ${skeletons.at(-1)}`, entity.id);
    const last = skeletons.at(-1);
    if (words.length > 0) {
      firstWord.set(entity.id, words[0]!);
      lastWord.set(entity.id, words.at(-1)!);
    }
    if (last && entity.type === 'person' && skeletons.length >= 2 && last.length >= MIN_SURNAME_SKELETON) push(single, last, entity.id);
    if (last && skeletons.length === 1 && last.length >= MIN_SURNAME_SKELETON) {
      push(single, last, entity.id);
      oneWordNames.add(entity.id);
    }
  }
  // A corpus repeats its words: each folded word's readings and skeletons are worked out once per build.
  const readingsOfWord = memoByText((folded) => arabicReadings(folded).map((r) => ({ stem: r.stem, skeleton: arabicSkeleton(r.stem) })));
  const skeletonOfWord = memoByText((folded) => arabicSkeleton(folded));
  const find = (text: string): CrossScriptName[] => {
    const names: CrossScriptName[] = [];
    const covered = matcher.match(text);
    const tokens = tokenize(text).filter((t) => /^[\u0600-\u06FF]/u.test(t.text) && !covered.some((m) => t.start < m.end && t.end > m.start));
    const readings = tokens.map((t) => readingsOfWord(foldWord(t.text), ''));
    for (let i = 0; i < tokens.length; i++) {
      const next = tokens[i + 1];
      const adjacent = next !== undefined && /^\s+$/.test(text.slice(tokens[i]!.end, next.start));
      const nextFolded = adjacent ? foldWord(next.text) : '';
      const nextSkeleton = adjacent ? skeletonOfWord(nextFolded, '') : '';
      // The reading with the most clitics removed first, so "ومايكروسوفت" gives "مايكروسوفت", never itself.
      for (const reading of readings[i]!.toReversed()) {
        if (adjacent) {
          const ids = full.get(`${reading.skeleton} ${nextSkeleton}`);
          if (ids?.length === 1 && articleAgrees(reading.stem, firstWord.get(ids[0]!) ?? '')) {
            names.push({ entity: ids[0]!, surface: `${reading.stem} ${nextFolded}` });
            break;
          }
        }
        const ids = single.get(reading.skeleton);
        if (ids?.length !== 1) continue;
        const id = ids[0]!;
        const latin = lastWord.get(id) ?? '';
        // A surname next to other names is trusted at three consonants ("Musk", ماسك); a one-word name needs four or its vowels.
        const trusted = articleAgrees(reading.stem, latin) && (reading.skeleton.length >= MIN_SINGLE_NAME_SKELETON || !oneWordNames.has(id) || vowelsAgree(latin, reading.stem));
        if (trusted) {
          names.push({ entity: id, surface: reading.stem });
          break;
        }
      }
    }
    return names;
  };
  return { key, find };
}

/**
 * A reading that keeps the article ال at its start spells a name only if the Latin name starts with that sound too
 * ("Alberto", البرتو); otherwise the ال gives an ordinary word a consonant it does not have: "العملية" (the operation)
 * reads l-m-l like the surname Lamolu.
 */
function articleAgrees(arabicStem: string, latinWord: string): boolean {
  return !arabicStem.startsWith('ال') || /^[aeiou]l/u.test(foldWord(latinWord));
}

function push(map: Map<string, EntityId[]>, key: string, id: EntityId): void {
  const ids = map.get(key) ?? [];
  if (!ids.includes(id)) ids.push(id);
  map.set(key, ids);
}
