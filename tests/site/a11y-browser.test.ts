// Accessibility in Chromium with axe-core, in light and dark mode: no serious or critical violation on any kind of
// page; a skip link that moves focus to main; a visible outline on whatever the keyboard focuses.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { siteInChromium } from '../helpers/browser.ts';
import { articleIn, showcaseEntity } from '../helpers/site-pages.ts';

const site = inject('seedsSite');
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING: ImpactValue[] = ['serious', 'critical'];
const english = await articleIn(site.outDir, 'en');
const arabic = await articleIn(site.outDir, 'ar');

const PAGES: Array<{ name: string; path: string; ready?: string; preview?: boolean }> = [
  { name: 'the home page', path: '/' },
  { name: 'the dossier', path: '/dossier/' },
  { name: 'the entity index', path: '/entities/' },
  { name: 'an entity page', path: (await showcaseEntity(site.outDir)).path },
  { name: 'an English article', path: english.path },
  { name: 'an English article with a preview open', path: english.path, preview: true },
  { name: 'the Arabic article', path: arabic.path },
  { name: 'search with results', path: '/search/?q=Microsoft', ready: 'ol.search-results li' },
];

/** One violation as the failure message lists it: rule, impact, and where. */
interface Finding {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

/** Injects axe into `page` (served without a CSP, which would refuse the injected script) and runs every rule. */
async function audit(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document));
  return results.violations
    .filter((v) => BLOCKING.includes(v.impact ?? null))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
}

describe('accessibility', () => {
  const chromium = siteInChromium(site.outDir, '/');

  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(PAGES)(`axe finds nothing serious on $name in ${colorScheme} mode`, async ({ path, ready, preview }) => {
      const context = await chromium.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${chromium.origin}${path}`);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      if (ready) await page.locator(ready).first().waitFor();
      if (preview) {
        await page.locator('a.entity').first().focus();
        await page.getByRole('tooltip').waitFor();
      }
      await page.waitForLoadState('networkidle');
      const findings = await audit(page);
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
      await context.close();
    });
  }

  test('the audit would fail: axe reports an unnamed image link injected into a page', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.origin}/`);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#nowhere';
      link.className = 'injected';
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      link.append(image);
      document.querySelector('main')!.append(link);
    });
    const rules = (await audit(page)).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    await page.close();
  });

  test.each(['/', arabic.path])('on %s, the first Tab reaches a visible skip link that moves focus to main', async (path) => {
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.origin}${path}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLAnchorElement | null;
      const box = active?.getBoundingClientRect();
      return { cls: active?.className, href: active?.getAttribute('href'), visible: !!box && box.top >= 0 && box.bottom <= innerHeight && box.width > 0 };
    });
    expect(skip).toEqual({ cls: 'skip-link', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`in ${colorScheme} mode, every link the keyboard reaches on an article shows a focus outline`, async () => {
      const context = await chromium.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${chromium.origin}${english.path}`);
      const seen: string[] = [];
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const active = document.activeElement;
          if (!(active instanceof HTMLElement) || active === document.body) return null;
          const style = getComputedStyle(active);
          return {
            what: `${active.tagName.toLowerCase()}.${active.className}`,
            focusVisible: active.matches(':focus-visible'),
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            color: style.outlineColor,
            background: getComputedStyle(document.body).backgroundColor,
          };
        });
        if (!focus) continue;
        seen.push(focus.what);
        expect(focus.focusVisible, focus.what).toBe(true);
        expect(focus.outline, focus.what).not.toBe('none');
        expect(focus.width, focus.what).toBeGreaterThanOrEqual(2);
        expect(focus.color, focus.what).not.toBe(focus.background);
      }
      expect(seen.some((w) => w.startsWith('a.entity')), `reached: ${seen.join(', ')}`).toBe(true);
      await context.close();
    });
  }
});
