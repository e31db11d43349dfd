// The sitemap: sitemap-index.xml and sitemap-0.xml (and -1 … past 45,000 pages) in the output folder, listing every
// page Astro built but the error pages, in the order and the bytes @astrojs/sitemap writes for this site's settings.
// Written here in one pass because that integration, the last step of every build, sorted the URLs with
// localeCompare (which makes a collator for each comparison) and wrote them through a chain of streams: at 3,000
// articles, 5,000 pages, about 0.11 s at the very end of each build, cold or rebuilt. A test checks the bytes against
// the integration's.
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pages per sitemap file, as the integration's default has it (the protocol allows 50,000). */
const ENTRY_LIMIT = 45_000;

/** Error pages, which are no pages to index. */
const STATUS_PAGES = new Set(['404', '500']);

/** The opening of every sitemap file, with the namespaces the integration declares. */
const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';
const INDEX_OPEN = '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/** Text escaped for an XML element: a URL's href holds no other character that needs it. */
const xmlText = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The sitemap's files, by name: the address of every page but the error pages, once each, in English collation order with numbers compared as numbers. */
export function sitemapFiles(pages: ReadonlyArray<{ pathname: string }>, site: string, base: string): Array<{ name: string; text: string }> {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  const urls = new Set<string>();
  for (const { pathname } of pages) {
    const path = pathname.startsWith('/') ? pathname.slice(1) : pathname;
    if (STATUS_PAGES.has(path.endsWith('/') ? path.slice(0, -1) : path)) continue;
    urls.add(new URL(root.pathname + path, root).href);
  }
  if (urls.size === 0) return [];
  const sorted = [...urls].sort(new Intl.Collator('en', { numeric: true }).compare);
  const files: Array<{ name: string; text: string }> = [];
  for (let i = 0; i * ENTRY_LIMIT < sorted.length; i++) {
    const chunk = sorted.slice(i * ENTRY_LIMIT, (i + 1) * ENTRY_LIMIT);
    files.push({ name: `sitemap-${i}.xml`, text: `${URLSET_OPEN}${chunk.map((url) => `<url><loc>${xmlText(url)}</loc></url>`).join('')}</urlset>` });
  }
  const index = files.map(({ name }) => `<sitemap><loc>${xmlText(new URL(name, root).href)}</loc></sitemap>`).join('');
  return [...files, { name: 'sitemap-index.xml', text: `${INDEX_OPEN}${index}</sitemapindex>` }];
}

/** The integration that writes the sitemap once Astro has built the site (the config's `site` is required). */
export default function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'casebook-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) {
          logger.warn('no sitemap: the site has no `site` address in its configuration');
          return;
        }
        const files = sitemapFiles(pages, site, base);
        if (files.length === 0) logger.warn('no sitemap: the site has no pages');
        await Promise.all(files.map(({ name, text }) => writeFile(join(fileURLToPath(dir), name), text)));
      },
    },
  };
}
