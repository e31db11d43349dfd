// Property: random Unicode and random Markdown, MDX and HTML fragments in a seed come out on its page as the same text.
// The samples are drawn by fast-check with a fixed seed in the global setup (tests/helpers/fuzz-seeds.ts) and built
// with the bad seeds; set CASEBOOK_FUZZ_SEED to draw others.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { elementsIn, readHtml, squash, visibleText } from '../helpers/html.ts';

const site = inject('badSite');
const { articles } = JSON.parse(await readFile(join(site.outDir, 'api/articles.json'), 'utf8')) as {
  articles: Array<{ url: string; source: string }>;
};

describe(`fuzz seeds (fast-check seed ${site.fuzzSeed})`, () => {
  test('were all written and built', () => {
    expect(site.fuzz.length).toBeGreaterThan(10);
    for (const seed of site.fuzz) expect(articles.map((a) => a.source)).toContain(seed.file);
  });

  test.each(site.fuzz.map((seed) => [seed.file, seed] as const))('%s shows every line as text and adds no markup', async (file, seed) => {
    const url = articles.find((a) => a.source === file)!.url;
    const page = await readHtml(join(site.outDir, decodeURIComponent(url), 'index.html'));
    const article = elementsIn(page, 'article')[0]!;
    const text = visibleText(article);
    for (const line of seed.lines) expect(text, `${file}: ${line}`).toContain(squash(line));
    for (const element of elementsIn(article, '*')) {
      expect(['script', 'img', 'iframe', 'object', 'style'], `${file}: <${element.name}> in the article`).not.toContain(element.name);
      for (const attribute of Object.keys(element.attributes)) expect(attribute, `${file}: <${element.name} ${attribute}>`).not.toMatch(/^on/iu);
      expect(element.attributes['href'] ?? '', file).not.toMatch(/^\s*javascript:/iu);
    }
  });
});
