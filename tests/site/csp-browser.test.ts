// Every kind of page, search included, works in Chromium under the Content-Security-Policy the site ships in _headers.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { siteInChromium } from '../helpers/browser.ts';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.ts';

const site = inject('seedsSite');
const rules = parseHeadersFile(await readFile(join(site.outDir, '_headers'), 'utf8'));
const { articles } = JSON.parse(await readFile(join(site.outDir, 'api/articles.json'), 'utf8')) as { articles: Array<{ url: string; lang: string }> };
const { entities } = JSON.parse(await readFile(join(site.outDir, 'api/entities.json'), 'utf8')) as { entities: Array<{ url: string }> };

const PAGES = [
  '/',
  '/dossier/',
  '/entities/',
  decodeURIComponent(entities[0]!.url),
  decodeURIComponent(articles.find((a) => a.lang === 'en')!.url),
  decodeURIComponent(articles.find((a) => a.lang === 'ar')!.url),
  '/404.html',
];

/** Opens `path` with a listener that records every policy violation the page reports. */
async function openRecording(browser: Browser, url: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { casebookViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return { page, violations: () => page.evaluate(() => (window as unknown as { casebookViolations: string[] }).casebookViolations) };
}

describe('the site under its own Content-Security-Policy', () => {
  const chromium = siteInChromium(site.outDir, '/', (path) => headersFor(rules, path));

  test('ships a policy without unsafe-inline or unsafe-eval, allowing only WebAssembly compilation for search', () => {
    const policy = headersFor(rules, '/any/page/')['Content-Security-Policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/u);
    expect(policy).toMatch(/object-src 'none'/u);
  });

  test.each(PAGES)('%s loads its styles and scripts with no violation', async (path) => {
    const { page, violations } = await openRecording(chromium.browser, `${chromium.origin}${path}`);
    await page.waitForLoadState('networkidle');
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(styled, 'the stylesheet did not apply').not.toBe('');
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('search loads Pagefind, compiles its WebAssembly and shows results with no violation', async () => {
    const { page, violations } = await openRecording(chromium.browser, `${chromium.origin}/search/?q=Nadella`);
    await page.locator('ol.search-results li a.result-title').first().waitFor({ timeout: 20_000 });
    expect(await violations()).toEqual([]);
    await page.close();
  });

  test('would notice a violation: an inline script injected into a page is blocked and reported', async () => {
    const { page, violations } = await openRecording(chromium.browser, `${chromium.origin}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.casebookInjected = true';
      document.body.append(script);
    });
    await expect.poll(violations).not.toEqual([]);
    expect(await page.evaluate(() => 'casebookInjected' in window)).toBe(false);
    await page.close();
  });
});
