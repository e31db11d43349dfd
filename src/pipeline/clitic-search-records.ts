// Search records for articles in languages that attach clitics to words, so "تحلية" finds "لتحلية".
// Pagefind matches whole words and their prefixes, never a word inside a longer one; Arabic writes prepositions,
// conjunctions and the article onto the word. The build therefore indexes these articles from a record holding their
// text followed by every word's bare forms, instead of from their HTML.
import { arabicReadings, stripArabicMarks } from './fold-text.ts';
import { languageName } from './language-name.ts';
import { tokenize } from './tokenize.ts';
import type { Article } from './types.ts';

/** Languages whose articles are indexed from a record rather than from their page. */
const CLITIC_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

/** A page as Pagefind's Node API takes it in `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** True when the article page of this language must not be indexed from its HTML: its record stands for it. */
export function indexedAsRecord(lang: string): boolean {
  return CLITIC_LANGUAGES.has(lang);
}

/**
 * One record per article in a clitic language: its title and text as written, then the bare forms of its words that
 * carried clitics. `url` is the page's path below the site's base, as Pagefind reports pages it indexed itself.
 */
export function cliticSearchRecords(articles: Article[], indexLanguage: string): SearchRecord[] {
  return articles
    .filter((article) => indexedAsRecord(article.lang))
    .map((article) => {
      const text = [article.title, ...article.blocks.map((block) => block.text)].join('\n');
      return {
        url: `/articles/${encodeURIComponent(article.slug)}/`,
        content: `${text}\n${bareForms(text).join(' ')}`,
        language: indexLanguage,
        meta: { title: article.title, lang: article.lang, dir: article.dir },
        filters: { kind: ['article'], language: [languageName(article.lang)] },
      };
    });
}

/** Each distinct word of `text` with its clitics removed, for words that had any, in order of first appearance. */
export function bareForms(text: string): string[] {
  const forms = new Set<string>();
  for (const token of tokenize(text)) {
    for (const reading of arabicReadings(stripArabicMarks(token.text))) if (reading.prefix > 0) forms.add(reading.stem);
  }
  return [...forms];
}
