// The dossier of a corpus where one figure is reported by dozens of articles: each statement lists a few of its sources
// and counts the rest, so the page stays readable on a phone, while the JSON API keeps every source.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementNode, Node } from 'ultrahtml';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
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

describe('the dossier of a widely reported story', () => {
  let run: BuildRun;
  let api: ApiDossier;
  let page: Node;

  beforeAll(async () => {
    const seeds = join(await mkdtemp(join(tmpdir(), 'casebook-wide-')), 'seeds');
    await generateCorpus(40, seeds);
    run = await runBuild(seeds, ['--registry', join(seeds, '..', 'none.yaml'), '--lock', join(seeds, '..', 'lock.json')]);
    expect(run.code, run.stderr).toBe(0);
    api = JSON.parse(await readFile(join(run.outDir, 'api/dossier.json'), 'utf8')) as ApiDossier;
    page = await readHtml(join(run.outDir, 'dossier/index.html'));
  });

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
