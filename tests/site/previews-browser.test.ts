// Entity link previews in Chromium, under the site's own CSP: keyboard and pointer open them, Escape closes them,
// the card's text is text, RTL pages place it at their start edge, and without JavaScript a name is still a link.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { siteInChromium } from '../helpers/browser.ts';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.ts';
import { elementsIn, readHtml } from '../helpers/html.ts';
import { articleIn } from '../helpers/site-pages.ts';

const site = inject('seedsSite');
const rules = parseHeadersFile(await readFile(join(site.outDir, '_headers'), 'utf8'));
const english = await articleIn(site.outDir, 'en');
const arabic = await articleIn(site.outDir, 'ar');

/** The name the entity API gives for `id`. */
async function entityName(id: string): Promise<string> {
  return (JSON.parse(await readFile(join(site.outDir, 'api/entities', `${id}.json`), 'utf8')) as { name: string }).name;
}

/** Presses Tab until an entity link has focus; returns its data-entity, or fails after `limit` presses. */
async function tabToEntityLink(page: Page, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement?.matches('a.entity') ? document.activeElement.getAttribute('data-entity') : null));
    if (id) return id;
  }
  throw new Error(`no entity link took focus in ${limit} presses of Tab`);
}

/** The bounding boxes of the focused link's first line and of the preview card, in viewport pixels. */
async function boxes(page: Page): Promise<{ link: { left: number; right: number; bottom: number }; card: { left: number; right: number; top: number }; viewport: number }> {
  return page.evaluate(() => {
    const first = document.activeElement!.getClientRects()[0]!;
    const card = document.querySelector('[role="tooltip"]')!.getBoundingClientRect();
    return {
      link: { left: first.left, right: first.right, bottom: first.bottom },
      card: { left: card.left, right: card.right, top: card.top },
      viewport: document.documentElement.clientWidth,
    };
  });
}

describe('entity link previews', () => {
  const chromium = siteInChromium(site.outDir, '/', (path) => headersFor(rules, path));
  /** Opens `path` recording every CSP violation the page reports. */
  async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
    const page = await chromium.browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { casebookViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`));
    });
    await page.goto(`${chromium.origin}${path}`);
    await page.waitForLoadState('networkidle');
    return { page, violations: () => page.evaluate(() => (window as unknown as { casebookViolations: string[] }).casebookViolations) };
  }


  test('article pages ship at most 10 KB of script, all of it files', async () => {
    for (const article of [english, arabic]) {
      const doc = await readHtml(join(site.outDir, article.path, 'index.html'));
      const scripts = elementsIn(doc, 'script');
      const sources = scripts.filter((s) => s.attributes['type'] !== 'application/ld+json').map((s) => s.attributes['src']);
      expect(sources.length, 'the preview script is missing').toBeGreaterThan(0);
      expect(sources.every((src) => typeof src === 'string'), 'an inline script').toBe(true);
      let bytes = 0;
      for (const src of sources) bytes += (await stat(join(site.outDir, decodeURIComponent(src!)))).size;
      expect(bytes).toBeLessThanOrEqual(10 * 1024);
    }
  });

  test('Tab to the first name shows its preview, described by the link; Escape hides it; nothing moves', async () => {
    const { page, violations } = await open(english.path);
    const paragraph = page.locator('.para').first();
    const before = await paragraph.boundingBox();
    const id = await tabToEntityLink(page);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('a.entity'))).toBe(true);

    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain(await entityName(id));
    expect(await tooltip.textContent()).toMatch(/Named \d+ times? in \d+ articles?/u);
    const tooltipId = await tooltip.getAttribute('id');
    expect(tooltipId).toBeTruthy();
    const link = page.locator('a.entity').first();
    expect((await link.getAttribute('aria-describedby'))?.split(' ')).toContain(tooltipId);
    expect(await paragraph.boundingBox(), 'showing the card moved the text').toEqual(before);

    const { link: line, card, viewport } = await boxes(page);
    expect(card.top).toBeGreaterThanOrEqual(line.bottom);
    expect(card.left === 8 || Math.abs(card.left - line.left) < 1, `card at ${card.left}, link starts at ${line.left}`).toBe(true);
    expect(card.right).toBeLessThanOrEqual(viewport);

    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'hidden' });
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.matches('a.entity'))).toBe(true);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('hovering a name shows its preview and leaving it hides it; moving focus away hides a focused one', async () => {
    const { page } = await open(english.path);
    const links = page.locator('a.entity');
    const second = links.nth(1);
    const id = await second.getAttribute('data-entity');
    await second.hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain(await entityName(id!));
    await page.mouse.move(1, 1);
    await tooltip.waitFor({ state: 'hidden' });

    await tabToEntityLink(page);
    await tooltip.waitFor({ state: 'visible' });
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await tooltip.waitFor({ state: 'hidden' });
    await page.close();
  });

  test('API text reaches the card as text, never as markup', async () => {
    const { page } = await open(english.path);
    const hostile = '<img src=x data-injected="1">Mallory</b>';
    await page.route('**/api/entities/*.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ id: 'x', name: hostile, type: 'person', description: '<script>alert(1)</script>', mentions: [{ count: 2 }] }) }),
    );
    await tabToEntityLink(page);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain(hostile);
    expect(await tooltip.locator('img, script, b').count()).toBe(0);
    await page.close();
  });

  test('the Arabic article is right to left, and its previews open at the start (right) edge of the name', async () => {
    const { page, violations } = await open(arabic.path);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.para p').first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');

    await tabToEntityLink(page);
    await page.getByRole('tooltip').waitFor({ state: 'visible' });
    const { link, card, viewport } = await boxes(page);
    expect(card.right === viewport - 8 || Math.abs(card.right - link.right) < 1, `card ends at ${card.right}, link starts at ${link.right}`).toBe(true);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('without JavaScript a name is a plain link to its entity page', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${chromium.origin}${english.path}`);
    const link = page.locator('a.entity').first();
    const id = await link.getAttribute('data-entity');
    await link.focus();
    expect(await page.getByRole('tooltip').count()).toBe(0);
    await Promise.all([page.waitForURL(`**/entities/${id}/`), link.click()]);
    expect(await page.locator('h1').textContent()).toBe(await entityName(id!));
    await context.close();
  });
});
