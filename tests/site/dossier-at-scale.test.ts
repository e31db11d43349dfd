// The dossier and home page of a corpus where one figure is reported by dozens of articles: each statement lists a few
// of its sources and counts the rest, and the home page shows the first articles and links to the full list, so pages
// stay readable on a phone, while the JSON API keeps every source.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementNode, Node } from 'ultrahtml';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { HOME_ARTICLES } from '../../src/site/home-limits.ts';
import { SOURCES_SHOWN } from '../../src/site/sources-shown.ts';
import { elementsIn, isElement, readHtml, visibleText } from '../helpers/html.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';

interface ApiDossier {
  figures: Array<{ id: string; sources: unknown[] }>;
  quotes: Array<{ id: string; sources: unknown[] }>;
  timeline: Array<{ id: string; sources: unknown[] }>;
}

/** Sources a statement's list shows, and the number its last line says it leaves out. */
function listed(item: ElementNode): { shown: number; hidden: number } {
  const list = item.children.find((c: Node): c is ElementNode => isElement(c) && c.name === 'ul');
  const rows = list ? list.children.filter((c: Node): c is ElementNode => isElement(c) && c.name === 'li') : [];
  const more = rows.find((r) => r.attributes['class'] === 'more-sources');
  return { shown: rows.length - (more ? 1 : 0), hidden: more ? Number(/\d+/.exec(visibleText(more))?.[0]) : 0 };
}

const ARTICLES = 40;
let run: BuildRun;
let api: ApiDossier;
let page: Node;

beforeAll(async () => {
  const seeds = join(await mkdtemp(join(tmpdir(), 'casebook-wide-')), 'seeds');
  await generateCorpus(ARTICLES, seeds);
  run = await runBuild(seeds, ['--registry', join(seeds, '..', 'none.yaml'), '--lock', join(seeds, '..', 'lock.json')]);
  expect(run.code, run.stderr).toBe(0);
  api = JSON.parse(await readFile(join(run.outDir, 'api/dossier.json'), 'utf8')) as ApiDossier;
  page = await readHtml(join(run.outDir, 'dossier/index.html'));
});

describe('the dossier of a widely reported story', () => {
  test('has statements with more sources than a list shows, so the test means something', () => {
    expect(api.figures.some((f) => f.sources.length > SOURCES_SHOWN)).toBe(true);
  });

  test('lists different articles under a statement before repeating one', () => {
    const byId = new Map(elementsIn(page, 'li').map((li) => [li.attributes['id'], li]));
    for (const item of api.figures) {
      const articles = new Set((item.sources as Array<{ article: string }>).map((s) => s.article));
      const links = elementsIn(byId.get(item.id)!, 'a').map((a) => a.attributes['href'] ?? '').filter((href) => href.includes('/articles/')).map((href) => href.split('#')[0]);
      expect(new Set(links).size, item.id).toBe(Math.min(articles.size, SOURCES_SHOWN));
    }
  });

  test(`lists at most ${SOURCES_SHOWN} sources under each statement and counts the others exactly`, () => {
    const byId = new Map(elementsIn(page, 'li').map((li) => [li.attributes['id'], li]));
    for (const item of [...api.figures, ...api.quotes, ...api.timeline]) {
      const element = byId.get(item.id);
      expect(element, item.id).toBeDefined();
      const { shown, hidden } = listed(element!);
      expect(shown, item.id).toBe(Math.min(item.sources.length, SOURCES_SHOWN));
      expect(shown + hidden, item.id).toBe(item.sources.length);
    }
  });
});

describe('the home page and article list of a large corpus', () => {
  const hrefs = (node: Node): string[] => elementsIn(node, 'a').map((a) => a.attributes['href'] ?? '');
  const articleLinks = (node: Node): string[] => hrefs(node).filter((href) => /^\/articles\/[^/#]+\/$/.test(href));

  test(`the home page shows the first ${HOME_ARTICLES} articles and links to the list of all ${ARTICLES}`, async () => {
    const home = await readHtml(join(run.outDir, 'index.html'));
    const section = elementsIn(home, 'section').find((s) => s.attributes['aria-labelledby'] === 'articles-heading')!;
    expect(elementsIn(section, 'li')).toHaveLength(HOME_ARTICLES);
    const more = elementsIn(section, 'a').find((a) => a.attributes['href'] === '/articles/');
    expect(more && visibleText(more)).toBe(`All ${ARTICLES} articles`);
  });

  test('the home page lists a few sources under each key figure and counts the rest', async () => {
    const home = await readHtml(join(run.outDir, 'index.html'));
    const cards = elementsIn(home, 'section').find((s) => s.attributes['aria-labelledby'] === 'figures-heading')!;
    const figures = elementsIn(cards, 'li');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(hrefs(figure).length).toBeLessThanOrEqual(SOURCES_SHOWN);
    expect(figures.some((f) => /and \d+ more/.test(visibleText(f)))).toBe(true);
  });

  test('/articles/ links to every article, in the order of the articles API', async () => {
    const list = await readHtml(join(run.outDir, 'articles/index.html'));
    const { articles } = JSON.parse(await readFile(join(run.outDir, 'api/articles.json'), 'utf8')) as { articles: Array<{ url: string; source: string }> };
    const bySource = [...articles].sort((a, b) => (a.source < b.source ? -1 : 1)).map((a) => a.url);
    expect(articleLinks(elementsIn(list, 'main')[0]!)).toEqual(bySource);
  });
});
