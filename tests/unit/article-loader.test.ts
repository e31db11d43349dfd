// The articles loader: every MDX file becomes an entry and its body HTML goes into one file; a rebuild renders only
// what changed. And that file's format, read back exactly.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleToMdx } from '../../src/pipeline/emit-mdx.ts';
import { paragraphId, parseEntityId, parseSlug } from '../../src/pipeline/ids.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { packBodies, unpackBodies } from '../../src/site/article-bodies.ts';
import { articleFrontmatterSchema } from '../../src/pipeline/schemas.ts';
import { articleLoader, readArticleHtml } from '../../src/site/article-loader.ts';
import { fileStamp, SETTLED_MS } from '../../src/pipeline/file-stamps.ts';
import { fileTree } from '../helpers/file-tree.ts';
import { fakeLoaderContext } from '../helpers/loader-context.ts';
import { hostileArticle } from '../helpers/hostile-article.ts';

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

  test('on a rebuild keeps the HTML of unchanged files, renders changed ones and drops removed ones', async () => {
    const { root, folder, htmlFile } = await site([article('one', 'Acme opened a plant.'), article('two', 'Acme closed a plant.'), article('three', 'Acme sold a plant.')]);
    const context = fakeLoaderContext(root);
    await articleLoader(folder, htmlFile, articleFrontmatterSchema).load(context);
    // Marks the kept body, so the test can tell a kept body from one rendered again from the same file.
    const bodies = unpackBodies(await readFile(htmlFile));
    await writeFile(htmlFile, packBodies(new Map([...bodies, ['one', Buffer.from('<p>kept</p>')]])));
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

describe('packBodies and unpackBodies', () => {
  const text = fc.string({ unit: 'binary' });

  test('give back every body exactly, whatever the ids and the HTML hold', () => {
    fc.assert(
      fc.property(fc.dictionary(text, text), (record) => {
        const bodies = new Map(Object.entries(record).map(([id, html]) => [id, Buffer.from(html)]));
        const unpacked = unpackBodies(Buffer.concat(packBodies(bodies)));
        expect(new Map([...unpacked].map(([id, body]) => [id, body.toString()]))).toEqual(new Map(Object.entries(record).map(([id, html]) => [id, Buffer.from(html).toString()])));
      }),
      { numRuns: 300 },
    );
  });

  test('write the same bytes whatever order the bodies came in', () => {
    const a = new Map([['b', Buffer.from('<p>b</p>')], ['a', Buffer.from('<p>أ</p>')]]);
    expect(Buffer.concat(packBodies(a)).equals(Buffer.concat(packBodies(new Map([...a].reverse()))))).toBe(true);
  });

  test.each([
    ['an empty file', ''],
    ['no index line', '<p>text</p>'],
    ['an index that is not JSON', '{oops\n<p>x</p>'],
    ['a range past the end', '{"a":[0,99]}\n<p>x</p>'],
    ['a range that is not two whole numbers', '{"a":["0","3"]}\n<p>x</p>'],
    ['a range of three numbers', '{"a":[0,1,2]}\n<p>x</p>'],
    ['a backwards range', '{"a":[3,1]}\n<p>x</p>'],
  ])('read %s as holding no bodies, so every article is rendered again', (_what, file) => {
    expect(unpackBodies(Buffer.from(file)).size).toBe(0);
  });
});
