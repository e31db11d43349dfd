// Page weight: an article or entity page is light HTML and CSS with at most a small enhancement script, and the search
// code loads only on the search page.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { elementsIn, readHtml } from '../helpers/html.ts';

const { outDir } = inject('seedsSite');
const { articles } = JSON.parse(await readFile(join(outDir, 'api/articles.json'), 'utf8')) as { articles: Array<{ url: string }> };
const { entities } = JSON.parse(await readFile(join(outDir, 'api/entities.json'), 'utf8')) as { entities: Array<{ url: string; mentions: unknown[] }> };

const HTML_AND_CSS_LIMIT = 50 * 1024;
const SCRIPT_LIMIT = 10 * 1024;

/** Bytes of the page, of the stylesheets it links, and of the scripts it loads, with the scripts' paths. */
async function weigh(url: string): Promise<{ html: number; css: number; js: number; scripts: string[] }> {
  const file = join(outDir, decodeURIComponent(url), 'index.html');
  const page = await readHtml(file);
  const size = async (href: string): Promise<number> => (await stat(join(outDir, decodeURIComponent(new URL(href, `http://x${url}`).pathname)))).size;
  const css = elementsIn(page, 'link[rel="stylesheet"]').map((l) => l.attributes['href'] ?? '');
  const scripts = elementsIn(page, 'script[src]').map((s) => s.attributes['src'] ?? '');
  const inline = elementsIn(page, 'script:not([src]):not([type="application/ld+json"])');
  expect(inline, `${url} has inline scripts`).toEqual([]);
  const sum = async (hrefs: string[]): Promise<number> => (await Promise.all(hrefs.map(size))).reduce((a, b) => a + b, 0);
  return { html: (await stat(file)).size, css: await sum(css), js: await sum(scripts), scripts };
}

const biggestEntity = [...entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;

describe('page weight', () => {
  test.each([...articles.map((a) => a.url), biggestEntity.url])('%s: HTML and CSS within 50 KB, scripts within 10 KB, no search code', async (url) => {
    const { html, css, js, scripts } = await weigh(url);
    expect(html + css).toBeLessThanOrEqual(HTML_AND_CSS_LIMIT);
    expect(js).toBeLessThanOrEqual(SCRIPT_LIMIT);
    expect(scripts.join(' ')).not.toMatch(/pagefind/u);
  });

  test('the search page loads Pagefind only when a search starts, from its own bundle', async () => {
    const { scripts } = await weigh('/search/');
    expect(scripts.join(' ')).not.toMatch(/pagefind\.js/u);
    const code = (await Promise.all(scripts.map((s) => readFile(join(outDir, s), 'utf8')))).join('\n');
    expect(code).toMatch(/pagefind\.js/u);
  });
});
