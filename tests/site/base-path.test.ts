// A build for a sub-path (`--base /casebook/`): every link stays under the base and resolves there, the JSON API
// says so too, and search and entity previews work in Chromium when the site is served under /casebook/.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { siteInChromium } from '../helpers/browser.ts';
import { checkLinks } from '../helpers/check-links.ts';
import { elementsIn, readHtml } from '../helpers/html.ts';
import { articleIn, listArticles, listEntities } from '../helpers/site-pages.ts';

const site = inject('subpathSite');
const { base } = site;

/** Every HTML file of the build, as paths relative to its folder. */
async function htmlPages(): Promise<string[]> {
  const entries = await readdir(site.outDir, { recursive: true });
  return entries.filter((p) => p.endsWith('.html'));
}

/** Attribute values that name a URL, per page: links, assets, forms, and the refresh of a redirect page. */
async function urlsOn(file: string): Promise<string[]> {
  const doc = await readHtml(join(site.outDir, file));
  return [
    ...elementsIn(doc, '[href]').map((e) => e.attributes['href']!),
    ...elementsIn(doc, '[src]').map((e) => e.attributes['src']!),
    ...elementsIn(doc, 'form[action]').map((e) => e.attributes['action']!),
    ...elementsIn(doc, '[data-bundle]').map((e) => e.attributes['data-bundle']!),
    ...elementsIn(doc, 'meta[http-equiv="refresh"]').map((e) => (e.attributes['content'] ?? '').replace(/^\d+;\s*url=/iu, '')),
  ];
}

describe(`a build under the sub-path ${base}`, () => {
  test('every internal link, asset and fragment resolves under the base', async () => {
    const { pages, links, broken } = await checkLinks(site.outDir, base);
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(100);
    expect(broken, JSON.stringify(broken.slice(0, 10), null, 2)).toEqual([]);
  });

  test('the link check notices a link that escapes the base', async () => {
    const { broken } = await checkLinks(site.outDir, '/elsewhere/');
    expect(broken.some((b) => b.reason.startsWith('outside the base'))).toBe(true);
  });

  test('no root-relative URL on any page leaves the base', async () => {
    const escaping: string[] = [];
    const files = await htmlPages();
    for (const file of files) {
      for (const url of await urlsOn(file)) {
        if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base)) escaping.push(`${file}: ${url}`);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(escaping).toEqual([]);
  });

  test('the JSON API gives URLs under the base', async () => {
    const urls = [...(await listArticles(site.outDir)).map((a) => a.url), ...(await listEntities(site.outDir)).map((e) => e.url)];
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
  });

  describe('in Chromium, served under the base', () => {
    const chromium = siteInChromium(site.outDir, base);

    test(`${base}search/?q=Nadella shows results whose links stay under the base`, async () => {
      const page = await chromium.browser.newPage();
      await page.goto(`${chromium.origin}${base}search/?q=Nadella`);
      await page.locator('ol.search-results li a.result-title').first().waitFor();
      const hrefs = await page.$$eval('ol.search-results li a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
      const first = page.locator('ol.search-results li a.result-title').first();
      await Promise.all([page.waitForURL(`${chromium.origin}${base}**`), first.click()]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.title()).not.toBe('Page not found · Casebook');
      await page.close();
    });

    test('an entity preview loads its record from the API under the base', async () => {
      const page = await chromium.browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/')) requested.push(new URL(request.url()).pathname);
      });
      const article = await articleIn(site.outDir, 'en');
      await page.goto(`${chromium.origin}${article.path}`);
      const link = page.locator('a.entity').first();
      const id = await link.getAttribute('data-entity');
      await link.focus();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      const { name } = JSON.parse(await readFile(join(site.outDir, 'api/entities', `${id}.json`), 'utf8')) as { name: string };
      expect(await tooltip.textContent()).toContain(name);
      expect(requested).toEqual([`${base}api/entities/${id}.json`]);
      await page.close();
    });
  });
});
