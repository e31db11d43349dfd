// The search page in a real browser: one box finds articles in every language, and ?q= searches on arrival.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { bareForms } from '../../src/pipeline/article-search-records.ts';
import { tokenize } from '../../src/pipeline/tokenize.ts';
import { siteInChromium } from '../helpers/browser.ts';
import { elementsIn, readHtml, visibleText } from '../helpers/html.ts';

interface ApiArticle {
  url: string;
  source: string;
}

const site = inject('seedsSite');
const { articles } = JSON.parse(await readFile(join(site.outDir, 'api/articles.json'), 'utf8')) as { articles: ApiArticle[] };

/** The decoded path of the page built from the seed whose file name starts with `prefix` ("003_"). */
function pathOf(prefix: string): string {
  const matches = articles.filter((a) => a.source.startsWith(prefix));
  if (matches.length !== 1) throw new Error(`expected one article from a seed named ${prefix}…, found ${matches.length}`);
  return decodeURIComponent(matches[0]!.url);
}

const POLL = { timeout: 20_000, interval: 100 };

/** The visible text of the article page built from the seed whose name starts with `prefix`. */
async function articleText(prefix: string): Promise<string> {
  const page = await readHtml(join(site.outDir, pathOf(prefix), 'index.html'));
  return visibleText(elementsIn(page, 'article')[0]!);
}

/** Words of the Arabic article that appear only with a clitic attached (ل ب و ف ك, ال): their bare form is written nowhere. */
async function bareOnlyWords(): Promise<string[]> {
  const texts = await Promise.all(articles.map((a) => articleText(a.source.slice(0, 4))));
  const written = new Set(texts.flatMap((text) => tokenize(text).map((t) => t.text)));
  return bareForms(await articleText('003_')).filter((form) => form.length >= 4 && !written.has(form));
}

/** The kind badges of the results shown, in order. */
async function resultKinds(page: Page): Promise<string[]> {
  return page.$$eval('ol.search-results li .badge', (badges) => badges.map((b) => b.textContent ?? ''));
}

/** The decoded paths the result links point to, in the order shown. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('ol.search-results li a.result-title', (links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => decodeURIComponent(new URL(href).pathname));
}

describe('the search page in Chromium', () => {
  const chromium = siteInChromium(site.outDir, '/');
  /** A new page opened at `path` and waited on until search is ready, with the uncaught script errors it raises. */
  async function openSearch(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${chromium.origin}${path}`);
    await page.locator('.search[data-ready="true"]').waitFor({ timeout: 20_000 });
    return { page, errors };
  }


  test('finds the Arabic article and then the English ones from the same box, without reloading', async () => {
    const arabic = pathOf('003_');
    const english = [pathOf('001_'), pathOf('004_')];
    const { page, errors } = await openSearch('/search/');
    await page.evaluate(() => Object.assign(window, { casebookSameLoad: true }));
    const box = page.locator('#search-q');

    await box.fill('مايكروسوفت');
    await expect.poll(() => resultPaths(page), POLL).toContain(arabic);

    await box.fill('Nadella');
    await expect.poll(() => resultPaths(page), POLL).toEqual(expect.arrayContaining(english));
    // The list was replaced, not added to: the Arabic article does not name Nadella.
    expect(await resultPaths(page)).not.toContain(arabic);
    expect(await page.evaluate(() => 'casebookSameLoad' in window)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('searches for ?q= as soon as the page is loaded', async () => {
    const { page, errors } = await openSearch('/search/?q=Nadella');
    expect(await page.locator('#search-q').inputValue()).toBe('Nadella');
    await expect.poll(() => resultPaths(page), POLL).toEqual(expect.arrayContaining([pathOf('001_'), pathOf('004_')]));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('finds an Arabic word that the article only writes with a prefix attached', async () => {
    const words = await bareOnlyWords();
    expect(words.length).toBeGreaterThan(3);
    const { page, errors } = await openSearch('/search/');
    for (const word of words.slice(0, 3)) {
      await page.locator('#search-q').fill(word);
      await expect.poll(() => resultPaths(page), { ...POLL, message: word }).toContain(pathOf('003_'));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test('puts the entity page first for its own name', async () => {
    const { page } = await openSearch('/search/?q=Nadella');
    await expect.poll(() => resultPaths(page), POLL).toContain(pathOf('001_'));
    expect((await resultPaths(page))[0]).toBe('/entities/satya-nadella/');
    await page.close();
  });

  test('narrows results by kind and by language with the filters', async () => {
    const { page, errors } = await openSearch('/search/?q=Microsoft');
    await expect.poll(async () => new Set(await resultKinds(page)).size, POLL).toBeGreaterThan(1);

    await page.locator('input[name="kind"][value="entity"]').check();
    await expect.poll(async () => [...new Set(await resultKinds(page))], POLL).toEqual(['entity']);
    await page.locator('input[name="kind"][value="entity"]').uncheck();

    await page.locator('input[name="language"][value="Arabic"]').check();
    await expect.poll(() => resultPaths(page), POLL).toEqual([pathOf('003_')]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('finds the dossier, whose bundle is merged into the site’s, and filters to it by kind', async () => {
    // The dossier is only in its own bundle: the site's holds the articles and entity pages.
    const { page, errors } = await openSearch('/search/?q=Microsoft');
    await expect.poll(async () => new Set(await resultKinds(page)).size, POLL).toBeGreaterThan(1);
    await page.locator('input[name="kind"][value="dossier"]').check();
    await expect.poll(() => resultPaths(page), POLL).toEqual(['/dossier/']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('lists pages by filter alone when the box is empty', async () => {
    const { page, errors } = await openSearch('/search/');
    await page.locator('input[name="language"][value="Arabic"]').check();
    await expect.poll(() => resultPaths(page), POLL).toEqual([pathOf('003_')]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
