// Article pages of the seeds build: one per seed, in its own language and direction, structured as the gold annotation says.
import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type ElementNode, type Node } from 'ultrahtml';
import { querySelector } from 'ultrahtml/selector';
import { describe, expect, inject, test } from 'vitest';
import { elementsIn, isElement, squash, visibleText } from '../helpers/html.ts';
import { ROOT } from '../helpers/run-build.ts';

interface ApiArticle {
  slug: string;
  url: string;
  title: string;
  lang: string;
  dir: string;
  source: string;
  words: number;
  entities: string[];
}

interface GoldEmbed {
  kind: string;
  text: string;
  author: string;
  date: string;
}

interface GoldStructure {
  headline: string | null;
  boilerplate?: string[];
  subheadings?: string[];
  captions?: string[];
  embeds?: GoldEmbed[];
  language?: string;
  direction?: string;
}

interface Gold {
  files: Record<string, string>;
  structure: Record<string, GoldStructure>;
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

const site = inject('seedsSite');
const { articles } = await readJson<{ articles: ApiArticle[] }>(join(site.outDir, 'api/articles.json'));
const gold = await readJson<Gold>(join(ROOT, 'tests/fixtures/seeds-gold.json'));
const seedNames = (await readdir(join(ROOT, 'seeds'))).filter((name) => name.endsWith('.txt')).sort();

/** The seed file name of a gold key such as "003". */
const fileOf = (key: string): string => {
  const file = gold.files[key];
  if (!file) throw new Error(`seeds-gold.json has no file for key ${key}`);
  return file;
};

const structure = Object.entries(gold.structure).map(([key, s]) => ({ file: fileOf(key), ...s }));
const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

// ---- HTML reading -------------------------------------------------------------------------------------------------

const pages = new Map<string, Promise<Node>>();

/** The parsed page of the article built from `file`, found through the API. */
function pageOf(file: string): Promise<Node> {
  let page = pages.get(file);
  if (!page) {
    const article = articles.find((a) => a.source === file);
    if (!article) throw new Error(`api/articles.json has no article with source ${file}`);
    page = readFile(join(site.outDir, decodeURIComponent(article.url), 'index.html'), 'utf8').then((html) => parse(html) as Node);
    pages.set(file, page);
  }
  return page;
}

/** The <article> element of the page built from `file`. */
async function articleOf(file: string): Promise<ElementNode> {
  const article = querySelector(await pageOf(file), 'article');
  if (!isElement(article)) throw new Error(`the page of ${file} has no <article> element`);
  return article;
}

// ---- the articles API -----------------------------------------------------------------------------------------------

describe('the articles API of the seeds build', () => {
  test('lists every seed file exactly once as a source', () => {
    expect(seedNames.length).toBeGreaterThan(0);
    expect(articles.map((a) => a.source).sort()).toEqual(seedNames);
  });

  test.each(articles)('describes $source with every field it promises', (article) => {
    expect(article.slug).toMatch(/\S/u);
    expect(article.title).toMatch(/\S/u);
    expect(article.lang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/u);
    expect(['ltr', 'rtl']).toContain(article.dir);
    expect(seedNames).toContain(article.source);
    expect(typeof article.words).toBe('number');
    expect(article.words).toBeGreaterThan(0);
    expect(Array.isArray(article.entities)).toBe(true);
    for (const id of article.entities) expect(typeof id).toBe('string');
    expect(decodeURIComponent(article.url)).toBe(`/articles/${article.slug}/`);
  });

  test.each(articles)('links $source to a page that exists', async ({ url }) => {
    await expect(access(join(site.outDir, decodeURIComponent(url), 'index.html'))).resolves.toBeUndefined();
  });
});

// ---- article pages against the gold annotation -------------------------------------------------------------------------

describe('article pages of the seeds', () => {
  // The gold annotation names a language only where it is not English.
  const languages = structure.map((s) => ({ file: s.file, lang: s.language ?? 'en', dir: s.direction ?? 'ltr' }));

  test.each(languages)('gives the page of $file <html lang="$lang" dir="$dir">', async ({ file, lang, dir }) => {
    const html = querySelector(await pageOf(file), 'html');
    expect(isElement(html) ? html.attributes : null).toMatchObject({ lang, dir });
    expect(articles.find((a) => a.source === file)).toMatchObject({ lang, dir });
  });

  test.each(seedNames)('gives the page of %s exactly one non-empty <h1>', async (file) => {
    const headings = elementsIn(await pageOf(file), 'h1');
    expect(headings).toHaveLength(1);
    expect(visibleText(headings[0]!)).toMatch(/\S/u);
  });

  const headlines = structure.flatMap((s) => (s.headline === null ? [] : [{ file: s.file, headline: s.headline }]));

  test.each(headlines)('shows the headline of $file as its <h1>', async ({ file, headline }) => {
    const headings = elementsIn(await articleOf(file), 'h1').map(visibleText);
    expect(headings).toEqual([squash(headline)]);
  });

  const boilerplate = structure.flatMap((s) => (s.boilerplate ?? []).map((text) => ({ file: s.file, text, label: short(text) })));

  test.each(boilerplate)('leaves the boilerplate "$label" of $file out of the article', async ({ file, text }) => {
    expect(visibleText(await articleOf(file))).not.toContain(squash(text));
  });

  const subheadings = structure.flatMap((s) => (s.subheadings ?? []).map((text) => ({ file: s.file, text })));

  test.each(subheadings)('makes "$text" of $file an <h2>', async ({ file, text }) => {
    expect(elementsIn(await articleOf(file), 'h2').map(visibleText)).toContain(squash(text));
  });

  const captions = structure.flatMap((s) => (s.captions ?? []).map((text) => ({ file: s.file, text, label: short(text) })));

  test.each(captions)('sets the caption "$label" of $file inside figure.caption', async ({ file, text }) => {
    const figures = elementsIn(await articleOf(file), 'figure.caption').map(visibleText);
    expect(figures.filter((figure) => figure.includes(squash(text))), `captions on the page:\n${figures.join('\n')}`).toHaveLength(1);
  });

  const embeds = structure.flatMap((s) => (s.embeds ?? []).map((embed) => ({ file: s.file, ...embed })));

  test.each(embeds)('quotes the $kind in $file as a blockquote in figure.embed, credited to $author on $date', async ({ file, text, author, date }) => {
    const figures = elementsIn(await articleOf(file), 'figure.embed');
    const figure = figures.find((f) => elementsIn(f, 'blockquote').some((quote) => visibleText(quote) === squash(text)));
    expect(figure, `no figure.embed quotes "${text}"; embeds: ${figures.map(visibleText).join(' | ')}`).toBeDefined();
    const caption = elementsIn(figure!, 'figcaption')[0];
    expect(caption, 'the embed has no figcaption').toBeDefined();
    // The gold author is an entity id ("elon-musk"); the credit names the person ("— Elon Musk (@elonmusk)").
    expect(visibleText(caption!).toLowerCase()).toContain(author.replaceAll('-', ' '));
    expect(elementsIn(caption!, 'time').map((time) => time.attributes['datetime'])).toContain(date);
  });
});

// ---- the build log ----------------------------------------------------------------------------------------------------

describe('the build log', () => {
  const stages = ['read', 'ingest', 'write', 'astro', 'pagefind', 'done'];
  const lines = site.stdout.split('\n');
  const lineOf = (stage: string): number => lines.findIndex((line) => line.startsWith(`${stage} `));

  test.each(stages)('prints one line for the %s stage', (stage) => {
    expect(lines.filter((line) => line.startsWith(`${stage} `)), site.stdout).toHaveLength(1);
  });

  test('prints the stages in the order they run', () => {
    const order = stages.map(lineOf);
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
