// Screenshots of the main kinds of page in Chromium, for people to look at: always written to a temporary folder
// and checked to hold a real picture; with CASEBOOK_UPDATE_SCREENSHOTS=1 also written to docs/screenshots/ for the README.
import { copyFile, mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { siteInChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/run-build.ts';
import { articleIn, showcaseEntity } from '../helpers/site-pages.ts';

const site = inject('seedsSite');
const UPDATE = process.env['CASEBOOK_UPDATE_SCREENSHOTS'] === '1';
const DOCS = join(ROOT, 'docs/screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const SHOTS: Array<{ name: string; path: string; viewport: { width: number; height: number }; ready?: string; hover?: string }> = [
  { name: 'home', path: '/', viewport: DESKTOP },
  { name: 'article', path: (await articleIn(site.outDir, 'en')).path, viewport: DESKTOP },
  { name: 'article-preview', path: (await articleIn(site.outDir, 'en')).path, viewport: DESKTOP, hover: 'a.entity >> nth=2' },
  { name: 'entity', path: (await showcaseEntity(site.outDir)).path, viewport: DESKTOP },
  { name: 'dossier', path: '/dossier/', viewport: DESKTOP },
  { name: 'search', path: '/search/?q=Microsoft', viewport: DESKTOP, ready: 'ol.search-results li a.result-title' },
  { name: 'article-arabic-phone', path: (await articleIn(site.outDir, 'ar')).path, viewport: PHONE },
];

describe('screenshots', () => {
  const chromium = siteInChromium(site.outDir, '/');
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'casebook-screenshots-'));
    if (UPDATE) await mkdir(DOCS, { recursive: true });
  });

  test.each(SHOTS)('$name ($viewport.width px wide) renders a full picture, nothing wider than the window', async ({ name, path, viewport, ready, hover }) => {
    const context = await chromium.browser.newContext({ viewport, colorScheme: 'light', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}${path}`);
    if (ready) await page.locator(ready).first().waitFor();
    if (hover) {
      await page.locator(hover).hover();
      await page.getByRole('tooltip').waitFor();
    }
    await page.waitForLoadState('networkidle');
    // Nothing may stick out sideways: a page wider than the window would scroll horizontally on a phone.
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, 'the page is wider than the window').toBeLessThanOrEqual(widths.client);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    expect((await stat(file)).size).toBeGreaterThan(10 * 1024);
    if (UPDATE) await copyFile(file, join(DOCS, `${name}.png`));
    await context.close();
  });

  test.each(SHOTS.filter((s) => !s.hover))('on a phone, $name fits the window without sideways scrolling', async ({ path, ready }) => {
    const context = await chromium.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}${path}`);
    if (ready) await page.locator(ready).first().waitFor();
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // The elements sticking out past either edge, except those inside a container that scrolls on purpose.
      return [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.table-scroll, .visually-hidden'))
        .filter((e) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
        })
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    });
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await context.close();
  });
});
