// The sitemap Casebook writes: every page but the error pages, and the very bytes @astrojs/sitemap, which it replaces
// (see src/site/sitemap.ts), writes for the same pages and settings.
import astroSitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import sitemap, { sitemapFiles } from '../../src/site/sitemap.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-sitemap-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger, label: 'test', options: {} } as unknown as AstroIntegrationLogger;

/** Pages as Astro reports them at build:done: the home page, lists, articles in several scripts, entities numbered past 9, error pages. */
const PAGES = [
  '',
  'articles/',
  'entities/',
  'dossier/',
  'search/',
  '404/',
  '/500',
  `articles/${encodeURIComponent('ارسل-المحامي-الشخصي')}/`,
  'articles/microsoft-a-ete-accuse/',
  'entities/item-10/',
  'entities/item-2/',
  'entities/Item-3/',
  'entities/a&b/',
  'articles/microsoft-a-ete-accuse/',
].map((pathname) => ({ pathname }));

/** What a hook-style integration writes for `pages` under `site` and `base`: every file of `out`, by name. */
async function written(integration: ReturnType<typeof sitemap>, pages: Array<{ pathname: string }>, site: string, base: string, out: string): Promise<Record<string, string>> {
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:routes:resolved']?.({ routes: [], logger });
  const config = { site, base, trailingSlash: 'always', build: { format: 'directory' } } as unknown as AstroConfig;
  await hooks['astro:config:done']?.({ config, logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), pages: pages.map((p) => ({ ...p })), logger });
  const names = (await readdir(out)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(out, name), 'utf8')] as const)));
}

describe('the sitemap', () => {
  test('lists every page but the error pages, once each, numbers in order, under the site and its base', () => {
    const files = sitemapFiles(PAGES, 'https://example.org', '/casebook/');
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    const urls = [...files[0]!.text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toHaveLength(PAGES.length - 3);
    expect(urls[0]).toBe('https://example.org/casebook/');
    expect(urls.filter((u) => u!.includes('404') || u!.includes('500'))).toEqual([]);
    expect(urls.indexOf('https://example.org/casebook/entities/item-2/')).toBeLessThan(urls.indexOf('https://example.org/casebook/entities/item-10/'));
    expect(urls).toContain('https://example.org/casebook/entities/a&amp;b/');
    expect(files[1]!.text).toContain('<loc>https://example.org/casebook/sitemap-0.xml</loc>');
  });

  test('writes the bytes @astrojs/sitemap writes, at the root and under a base', async () => {
    for (const [site, base] of [['https://casebook.example', '/'], ['https://example.org', '/casebook/']] as const) {
      const ours = await written(sitemap(), PAGES, site, base, await mkdtemp(join(dir, 'ours-')));
      const theirs = await written(astroSitemap() as ReturnType<typeof sitemap>, PAGES, site, base, await mkdtemp(join(dir, 'theirs-')));
      expect(Object.keys(ours)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
      expect(ours).toEqual(theirs);
    }
  });

  test('splits past 45,000 pages into files of 45,000, as @astrojs/sitemap does', async () => {
    const many = Array.from({ length: 45_010 }, (_, i) => ({ pathname: `articles/story-${i}/` }));
    const ours = await written(sitemap(), many, 'https://casebook.example', '/', await mkdtemp(join(dir, 'ours-')));
    const theirs = await written(astroSitemap() as ReturnType<typeof sitemap>, many, 'https://casebook.example', '/', await mkdtemp(join(dir, 'theirs-')));
    expect(Object.keys(ours)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(ours).toEqual(theirs);
  });

  test('writes nothing for a site without pages', () => {
    expect(sitemapFiles([{ pathname: '404/' }], 'https://casebook.example', '/')).toEqual([]);
  });
});
