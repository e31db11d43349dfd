// Hostile and broken seeds mixed into the real ones: each is shown exactly as written or skipped by name, nothing runs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Node } from 'ultrahtml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { elementsIn, readHtml, squash, visibleText } from '../helpers/html.ts';
import { ROOT, runBuild, type BuildRun } from '../helpers/run-build.ts';
import { snapshotFolder } from '../helpers/search-bundle.ts';

const site = inject('badSite');
const { articles } = JSON.parse(await readFile(join(site.outDir, 'api/articles.json'), 'utf8')) as {
  articles: Array<{ slug: string; url: string; title: string; source: string }>;
};

async function pageOf(source: string): Promise<Node> {
  const article = articles.find((a) => a.source === source);
  if (!article) throw new Error(`no page was built from ${source}`);
  return readHtml(join(site.outDir, decodeURIComponent(article.url), 'index.html'));
}

async function articleText(source: string): Promise<string> {
  const [article] = elementsIn(await pageOf(source), 'article');
  return visibleText(article!);
}

describe('a build with the bad seeds mixed in', () => {
  test('exits 0 and still builds every good article', async () => {
    expect(site.code, site.stderr).toBe(0);
    for (const seed of ['000_afe1c8735a40af97.txt', '003_1c9d991324b4a0d7.txt']) expect(articles.map((a) => a.source)).toContain(seed);
  });

  test.each([
    ['empty.txt', /empty/],
    ['whitespace-only.txt', /no words/],
    ['binary.bin.txt', /binary/],
  ])('skips %s and names it with the reason on one line', (file, reason) => {
    const line = site.stderr.split('\n').find((l) => l.includes(file));
    expect(line, site.stderr).toMatch(/skipped/);
    expect(line).toMatch(reason);
    expect(articles.map((a) => a.source)).not.toContain(file);
  });

  test.each([
    ['mdx-expression.txt', ['The budget was {process.exit(1)} dollars and {globalThis.pwned = true}.', 'export const stolen = 1', "import fs from 'node:fs'"]],
    ['html-injection.txt', ['<script>alert(1)</script> and <img src=x onerror=alert(2)> and <!-- an open comment', '<a href="javascript:alert(3)">click</a>']],
    ['markdown-syntax.txt', ['# Not a heading in the source', '> not a quote', '- not a list', '1. not a numbered list', '| not | a | table |', '`not code` and *not emphasis* and [not a link](javascript:alert(4)) and <https://example.com>']],
    ['frontmatter-like.txt', ['title: injected', 'layout: ../../../etc/passwd']],
    ['bom-crlf.txt', ['Microsoft and Twitter disagree about data.', 'Elon Musk wrote a letter.']],
    ['latin1.txt', ['Café au lait: Microsoft and Twitter signed nothing. ÿþ']],
    ['Ünïcode name (1).txt', ['Microsoft and Twitter disagree about data. Elon Musk wrote a letter.']],
  ])('shows the text of %s exactly as written', async (file, expected) => {
    const text = await articleText(file);
    for (const piece of expected) expect(text).toContain(squash(piece));
  });

  test.each(['mdx-expression.txt', 'html-injection.txt', 'markdown-syntax.txt'])('lets nothing from %s become markup', async (file) => {
    const article = elementsIn(await pageOf(file), 'article')[0]!;
    const inParagraphs = elementsIn(article, '.para').flatMap((para) => elementsIn(para, '*').filter((element) => element !== para));
    expect(inParagraphs.length).toBeGreaterThan(0);
    // Paragraphs hold only what Casebook itself makes: the <p>, entity links and the paragraph anchor.
    for (const element of inParagraphs) {
      expect(['p', 'a'], `<${element.name}> inside a paragraph of ${file}`).toContain(element.name);
      if (element.name === 'a') expect(element.attributes['class']).toMatch(/^(?:entity|para-anchor)$/u);
    }
    for (const link of elementsIn(article, 'a')) expect(link.attributes['href'] ?? '').not.toMatch(/^\s*javascript:/iu);
  });

  test('does not take a frontmatter look-alike for metadata', async () => {
    const article = articles.find((a) => a.source === 'frontmatter-like.txt');
    expect(article?.title).not.toBe('injected');
  });

  test('removes the BOM from a headline and the bidi overrides from text, and says so', async () => {
    expect(articles.find((a) => a.source === 'bom-crlf.txt')?.title).toBe('A headline with a byte order mark');
    const text = await articleText('bidi-and-invisible.txt');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/u);
    expect(text).toContain('Microsoft and Twitter disagree about data.');
    expect(site.stderr).toMatch(/bidi-and-invisible\.txt: removed 3 invisible or text-reordering control character/);
  });

  test('warns that a Latin-1 file was read as Windows-1252', () => {
    expect(site.stderr).toMatch(/latin1\.txt: .*Windows-1252/);
  });

  test('gives two articles with the same headline two pages', () => {
    const slugs = articles.filter((a) => a.source.startsWith('duplicate-headline')).map((a) => a.slug);
    expect(slugs).toHaveLength(2);
    expect(new Set(slugs).size).toBe(2);
  });

  test('builds the 200,000-character line as one article', async () => {
    expect(await articleText('long-line.txt')).toContain('A very long line Microsoft Twitter data');
  });
});

describe('--strict', () => {
  let clean: BuildRun;
  beforeAll(async () => {
    clean = await runBuild(join(ROOT, 'seeds'), ['--strict']);
  });

  test('passes on the clean seeds', () => {
    expect(clean.code, clean.stderr).toBe(0);
  });

  test('fails on the bad seeds, lists every file that has a warning, and leaves the last site as it was', async () => {
    const before = await snapshotFolder(clean.outDir);
    // Over the clean build's folders: Astro starts with the pipeline, but must write nothing once the build fails.
    const run = await runBuild(site.seedsDir, ['--strict'], clean.workDir);
    expect(run.code).toBe(1);
    for (const file of ['empty.txt', 'whitespace-only.txt', 'binary.bin.txt', 'latin1.txt', 'bidi-and-invisible.txt']) expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(/--strict: \d+ warning/);
    expect(await snapshotFolder(clean.outDir)).toEqual(before);
  });
});

describe('the command line', () => {
  test('refuses a --site that is not a web address, saying what it takes, before building anything', async () => {
    const run = await runBuild(join(ROOT, 'seeds'), ['--site', 'not a url']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^casebook: --site takes the site's public address with its scheme, like https:\/\/example\.org, not "not a url"$/m);
    expect(run.stdout).not.toMatch(/^read /m);
    expect(existsSync(run.outDir)).toBe(false);
  });
});
