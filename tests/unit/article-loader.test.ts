// The articles loader: every MDX file becomes an entry and its body HTML goes into one file; a rebuild renders only
// what changed. And that file's format, read back exactly.
import { appendFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { articleToMdx } from '../../src/pipeline/emit-mdx.ts';
import { paragraphId, parseEntityId, parseSlug } from '../../src/pipeline/ids.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { readBodies, readBodiesIndex, writeBodies } from '../../src/site/article-bodies.ts';
import { articleFrontmatterSchema } from '../../src/pipeline/schemas.ts';
import { articleLoader, readArticleHtml } from '../../src/site/article-loader.ts';
import { fileStamp, SETTLED_MS } from '../../src/pipeline/file-stamps.ts';
import { fileTree } from '../helpers/file-tree.ts';
import { fakeLoaderContext } from '../helpers/loader-context.ts';
import { hostileArticle } from '../helpers/hostile-article.ts';

/** How often a bodies file was opened or read, by this module's code or the loader's. */
const bodiesFileReads = vi.hoisted(() => ({ count: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const counted = (path: unknown): void => {
    if (String(path).endsWith('.bodies')) bodiesFileReads.count++;
  };
  const open: typeof actual.open = (path, ...rest) => (counted(path), actual.open(path, ...rest));
  const readFile = ((path: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
    counted(path);
    return (actual.readFile as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof actual.readFile;
  return { ...actual, open, readFile };
});

/** An article named `slug` whose one paragraph says `text` and links its first word to an entity. */
function article(slug: string, text: string): Article {
  const base = hostileArticle(text);
  const first = text.split(' ')[0] ?? text;
  return {
    ...base,
    slug: parseSlug(slug),
    blocks: [{ kind: 'paragraph', id: paragraphId(1), text, sentences: [[0, text.length]], mentions: [{ start: 0, end: first.length, entity: parseEntityId('acme') }] }],
  };
}

async function site(articles: Article[]): Promise<{ root: string; folder: string; htmlFile: string }> {
  const files = Object.fromEntries(articles.map((a) => [`articles/${a.slug}.mdx`, articleToMdx(a)]));
  const root = await fileTree('casebook-loader-', files);
  return { root, folder: join(root, 'articles'), htmlFile: join(root, 'cache', 'article-html.bin') };
}

describe('articleLoader', () => {
  test('makes an entry of each MDX file and writes every body to the one HTML file', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.'), article('two', 'Acme closed a plant.')]);
    const context = fakeLoaderContext(root);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(context);
    expect([...context.entries.keys()].sort()).toEqual(['one', 'two']);
    expect(context.entries.get('one')?.data).toMatchObject({ slug: 'one', title: 'Acme opened a plant.' });
    const html = await readArticleHtml(htmlFile, 'one');
    expect(html).toContain('opened a plant.');
    expect(html).toMatch(/<a class="entity" href="[^"]*entities\/acme\/" data-entity="acme">Acme<\/a>/);
    expect(await readArticleHtml(htmlFile, 'two')).toContain('closed a plant.');
  });

  test("the pages read the bodies file once for all the articles' bodies, and again once a build rewrote it", async () => {
    const slugs = ['one', 'two', 'three', 'four'];
    const { root, folder, htmlFile } = await site(slugs.map((slug) => article(slug, `Acme opened plant ${slug}.`)));
    const context = fakeLoaderContext(root);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(context);
    bodiesFileReads.count = 0;
    for (const slug of slugs) expect(await readArticleHtml(htmlFile, slug)).toContain(`plant ${slug}.`);
    expect(bodiesFileReads.count).toBe(1);

    await writeFile(join(folder, 'two.mdx'), articleToMdx(article('two', 'Acme closed plant two.')));
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root, context.entries));
    bodiesFileReads.count = 0;
    expect(await readArticleHtml(htmlFile, 'two')).toContain('closed plant two.');
    expect(await readArticleHtml(htmlFile, 'one')).toContain('plant one.');
    expect(bodiesFileReads.count).toBe(1);
  });

  test('on a rebuild keeps the HTML of unchanged files, renders changed ones and drops removed ones', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.'), article('two', 'Acme closed a plant.'), article('three', 'Acme sold a plant.')]);
    const context = fakeLoaderContext(root);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(context);
    // Marks the kept body, so the test can tell a kept body from one rendered again from the same file.
    await writeBodies(htmlFile, await readBodiesIndex(htmlFile), new Set(['two', 'three']), new Map([['one', Buffer.from('<p>kept</p>')]]));
    expect(await readArticleHtml(htmlFile, 'one')).toBe('<p>kept</p>');

    await writeFile(join(folder, 'two.mdx'), articleToMdx(article('two', 'Acme reopened a plant.')));
    await rm(join(folder, 'three.mdx'));
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root, context.entries));

    expect([...context.entries.keys()].sort()).toEqual(['one', 'two']);
    expect(await readArticleHtml(htmlFile, 'one')).toBe('<p>kept</p>');
    expect(await readArticleHtml(htmlFile, 'two')).toContain('reopened a plant.');
    await expect(readArticleHtml(htmlFile, 'three')).rejects.toThrow(/no body for the article three/);
  });

  test('does not read again a file whose stamp it remembers from the last build', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.'), article('two', 'Acme closed a plant.')]);
    // Stamps are remembered only for files that have been still for a while (file-stamps.ts).
    await new Promise((done) => setTimeout(done, SETTLED_MS + 50));
    const context = fakeLoaderContext(root);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(context);
    // The file changes, and the record is made to claim the new stamp for the old contents: a loader that reads the
    // file renders the new text, one that trusts the stamp keeps the old body.
    await writeFile(join(folder, 'one.mdx'), articleToMdx(article('one', 'Acme sold a plant.')));
    const saved = JSON.parse(await readFile(`${htmlFile}.stamps.json`, 'utf8')) as { key: string; files: Record<string, [string, string]> };
    expect(Object.keys(saved.files).sort()).toEqual(['one', 'two']);
    const [, digest] = saved.files['one']!;
    saved.files['one'] = [fileStamp(join(folder, 'one.mdx'))!.stamp, digest];
    await writeFile(`${htmlFile}.stamps.json`, JSON.stringify(saved));
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root, context.entries));
    expect(await readArticleHtml(htmlFile, 'one')).toContain('opened a plant.');

    // Without the false record the change is seen.
    await rm(`${htmlFile}.stamps.json`);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root, context.entries));
    expect(await readArticleHtml(htmlFile, 'one')).toContain('sold a plant.');
  });

  test('remembers no stamp of a file that has just changed, so it is read next time', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.')]);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root));
    const saved = JSON.parse(await readFile(`${htmlFile}.stamps.json`, 'utf8')) as { files: Record<string, unknown> };
    expect(saved.files).toEqual({});
  });

  test('renders every article again when the HTML file is gone, even if the store says nothing changed', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.')]);
    const context = fakeLoaderContext(root);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(context);
    await rm(htmlFile);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root, context.entries));
    expect(await readArticleHtml(htmlFile, 'one')).toContain('opened a plant.');
  });

  test('names the file when an MDX file cannot be rendered', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.')]);
    await writeFile(join(folder, 'bad.mdx'), '---\ntitle: x\nslug: bad\n---\n\n{process.exit(1)}\n');
    await expect(articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root))).rejects.toThrow(/bad\.mdx: .*not allowed/);
  });

  test('names the file when its frontmatter is not YAML', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.')]);
    await writeFile(join(folder, 'broken.mdx'), '---\ntitle: [unclosed\nslug: broken\n---\n\n<Para id="p1">\n  Text.\n</Para>\n');
    await expect(articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root))).rejects.toThrow(/broken\.mdx: /);
  });

  test('says to build again when a page asks for a body the file does not hold, or there is no file', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.')]);
    await expect(readArticleHtml(htmlFile, 'one')).rejects.toThrow(/no body for the article one; build the site again/);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(fakeLoaderContext(root));
    await expect(readArticleHtml(htmlFile, 'two')).rejects.toThrow(/no body for the article two; build the site again/);
  });
});

describe('the bodies file and its index', () => {
  const folder = async () => join(await fileTree('casebook-bodies-', {}), 'article-html.bin');
  const bodiesOf = async (htmlFile: string, ids: string[]) => {
    const index = await readBodiesIndex(htmlFile);
    const bodies = await readBodies(htmlFile, index);
    return ids.map((id) => bodies(id)?.toString());
  };
  const bodiesFiles = async (htmlFile: string) => (await readdir(join(htmlFile, '..'))).filter((name) => name.endsWith('.bodies'));
  const text = fc.string({ unit: 'binary' });

  test('give back every body exactly, whatever the ids and the HTML hold', async () => {
    const htmlFile = await folder();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(text, text), async (record) => {
        const fresh = new Map(Object.entries(record).map(([id, html]) => [id, Buffer.from(html)]));
        await writeBodies(htmlFile, await readBodiesIndex(htmlFile), new Set(), fresh);
        const index = await readBodiesIndex(htmlFile);
        expect([...index.ranges.keys()].sort()).toEqual(Object.keys(record).sort());
        const bodies = await readBodies(htmlFile, index);
        for (const [id, body] of fresh) expect(bodies(id)?.equals(body)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test('a rebuild appends the bodies that changed and keeps the others where they are', async () => {
    const htmlFile = await folder();
    const many = new Map(Array.from({ length: 20 }, (_, i) => [`a${i}`, Buffer.from(`<p>body ${i} ${'x'.repeat(100)}</p>`)]));
    await writeBodies(htmlFile, await readBodiesIndex(htmlFile), new Set(), many);
    const [file] = await bodiesFiles(htmlFile);
    const before = (await stat(join(htmlFile, '..', file!))).size;
    const kept = new Set([...many.keys()].filter((id) => id !== 'a3'));
    await writeBodies(htmlFile, await readBodiesIndex(htmlFile), kept, new Map([['a3', Buffer.from('<p>changed</p>')]]));
    expect(await bodiesFiles(htmlFile)).toEqual([file]);
    expect((await stat(join(htmlFile, '..', file!))).size).toBe(before + '<p>changed</p>'.length);
    expect(await bodiesOf(htmlFile, ['a2', 'a3', 'a4'])).toEqual([many.get('a2')!.toString(), '<p>changed</p>', many.get('a4')!.toString()]);
  });

  test('writes a new bodies file once a quarter of it would be bodies no article uses, and removes the old one', async () => {
    const htmlFile = await folder();
    const bodies = new Map(['a', 'b', 'c', 'd'].map((id) => [id, Buffer.from(`<p>${id.repeat(100)}</p>`)]));
    await writeBodies(htmlFile, await readBodiesIndex(htmlFile), new Set(), bodies);
    const [first] = await bodiesFiles(htmlFile);
    // Two of four replaced: half the old bytes unused.
    await writeBodies(htmlFile, await readBodiesIndex(htmlFile), new Set(['a', 'b']), new Map([['c', Buffer.from('<p>new c</p>')], ['d', Buffer.from('<p>new d</p>')]]));
    const [second] = await bodiesFiles(htmlFile);
    expect(second).not.toBe(first);
    expect(await bodiesFiles(htmlFile)).toHaveLength(1);
    expect(await bodiesOf(htmlFile, ['a', 'c', 'd'])).toEqual([bodies.get('a')!.toString(), '<p>new c</p>', '<p>new d</p>']);
  });

  test('appends after bytes a stopped build left at the end, which the index does not know', async () => {
    const htmlFile = await folder();
    await writeBodies(htmlFile, await readBodiesIndex(htmlFile), new Set(), new Map([['a', Buffer.from('<p>a</p>'.repeat(50))]]));
    const [file] = await bodiesFiles(htmlFile);
    await appendFile(join(htmlFile, '..', file!), 'half of a body');
    await writeBodies(htmlFile, await readBodiesIndex(htmlFile), new Set(['a']), new Map([['b', Buffer.from('<p>b</p>')]]));
    expect(await bodiesOf(htmlFile, ['a', 'b'])).toEqual(['<p>a</p>'.repeat(50), '<p>b</p>']);
  });

  test.each([
    ['no index', undefined],
    ['an index that is not JSON', '{oops'],
    ['an index of another shape', '[1, 2]'],
    ['an index naming a file elsewhere', JSON.stringify({ file: '../article-html.bin.1.bodies', ranges: {} })],
    ['a range past the end of the bodies file', JSON.stringify({ file: 'article-html.bin.1.bodies', ranges: { a: [0, 99] } })],
    ['a range that is not two whole numbers', JSON.stringify({ file: 'article-html.bin.1.bodies', ranges: { a: ['0', '3'] } })],
    ['a backwards range', JSON.stringify({ file: 'article-html.bin.1.bodies', ranges: { a: [3, 1] } })],
  ])('read %s as holding no bodies, so every article is rendered again', async (_what, index) => {
    const htmlFile = await folder();
    await writeFile(join(htmlFile, '..', 'article-html.bin.1.bodies'), '<p>x</p>');
    if (index !== undefined) await writeFile(htmlFile, index);
    expect((await readBodiesIndex(htmlFile)).ranges.size).toBe(0);
  });

  test('take the file of an older format, index and bodies in one, as holding no bodies', async () => {
    const htmlFile = await folder();
    await writeFile(htmlFile, '{"a":[0,8]}\n<p>x</p>');
    expect((await readBodiesIndex(htmlFile)).ranges.size).toBe(0);
  });
});
