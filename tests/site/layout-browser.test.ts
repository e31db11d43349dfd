// Reading layout in Chromium: nothing scrolls sideways at 360 px, the stylesheet uses logical properties only, print
// hides the site's furniture, and dark mode follows the reader's system.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { siteInChromium } from '../helpers/browser.ts';
import { listArticles, listEntities } from '../helpers/site-pages.ts';

const { outDir } = inject('seedsSite');
const articles = await listArticles(outDir);
const entities = await listEntities(outDir);
const PAGES = [
  '/', '/dossier/', '/entities/', '/search/?q=Microsoft',
  decodeURIComponent(entities[0]!.url),
  decodeURIComponent(articles.find((a) => a.lang === 'en')!.url),
  decodeURIComponent(articles.find((a) => a.lang === 'ar')!.url),
];

describe('reading layout', () => {
  const chromium = siteInChromium(outDir, '/');

  test.each(PAGES)('%s fits a 360 px screen without scrolling sideways', async (path) => {
    const page = await chromium.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${chromium.origin}${path}`);
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.close();
  });

  test('print hides the header, the footer and the paragraph anchors', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.origin}${decodeURIComponent(articles[0]!.url)}`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ['.site-header', '.site-footer', '.para-anchor'].map((s) => getComputedStyle(document.querySelector(s)!).display));
    expect(shown).toEqual(['none', 'none', 'none']);
    await page.close();
  });

  test('dark mode follows the reader’s system', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await chromium.browser.newPage({ colorScheme });
      await page.goto(`${chromium.origin}/`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  test('the stylesheets use logical properties only: no left or right', async () => {
    const dir = join(outDir, '_astro');
    const css = (await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.css')).map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
    expect(css.length).toBeGreaterThan(1000);
    expect(css).not.toMatch(/(?:^|[;{\s])(?:margin|padding|border)-(?:left|right)\s*:|(?:^|[;{\s])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)/u);
  });
});
