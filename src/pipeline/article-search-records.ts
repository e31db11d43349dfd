// Search records for the article pages. The build gives Pagefind each article as a record made from the pipeline's
// text instead of letting it read the rendered page, so that Pagefind indexes the articles while Astro renders (at
// 3,000 articles, reading their pages took about 2.5 s after Astro), and so that languages that attach clitics to
// words are searchable: Pagefind matches whole words and their prefixes, never a word inside a longer one, and Arabic
// writes prepositions, conjunctions and the article onto the word, so "تحلية" would not find "لتحلية". Such records
// carry every word's bare forms after the text.
import { arabicReadings, stripArabicMarks } from './fold-text.ts';
import { languageName } from './language-name.ts';
import { tokenize } from './tokenize.ts';
import type { Article } from './types.ts';

/** Languages whose records add the bare forms of words that carry clitics. */
const CLITIC_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

/** A page as Pagefind's Node API takes it in `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * One record per article: its title and text as written, then, in a clitic language, the bare forms of its words that
 * carried clitics. `url` is the page's path below the site's base, as Pagefind reports pages it indexed itself.
 */
export function articleSearchRecords(articles: Article[], indexLanguage: string): SearchRecord[] {
  return articles.map((article) => {
    const text = [article.title, ...article.blocks.map((block) => block.text)].join('\n');
    const bare = CLITIC_LANGUAGES.has(article.lang) ? bareForms(text) : [];
    return {
      url: `/articles/${encodeURIComponent(article.slug)}/`,
      content: bare.length > 0 ? `${text}\n${bare.join(' ')}` : text,
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
