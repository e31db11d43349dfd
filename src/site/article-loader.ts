// The articles collection: each MDX file the pipeline wrote becomes an entry, and its body becomes an HTML file.
// Astro's glob() loader would turn every MDX file into a module for Vite to bundle; this loader renders them in the
// content layer instead (article-html.ts), and an article whose file did not change keeps the entry of the last build.
// The HTML is kept out of Astro's content store on purpose: the store is serialised into JavaScript modules that
// every build loads whole, and at 3,000 articles their HTML made a build with nothing changed take 46 s instead of 16 s.
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ARTICLE_HTML_VERSION, renderArticleMdx } from './article-html.ts';
import { entityPath, sitePath } from './urls.ts';

const EXTENSION = '.mdx';

/** A loader for the folder of article MDX files, writing each body to `htmlDir`; an entry's id is its file name, the slug. */
export function articleLoader(folder: string, htmlDir: string): Loader {
  return { name: 'casebook-articles', load: (context) => loadArticles(folder, htmlDir, context) };
}

/** The body of one article as HTML, as the loader wrote it for this build. */
export async function readArticleHtml(htmlDir: string, id: string): Promise<string> {
  return readFile(htmlFile(htmlDir, id), 'utf8');
}

/** Each id has its own file, named like the MDX file the id came from (so it is a valid file name already). */
const htmlFile = (htmlDir: string, id: string): string => join(htmlDir, `${id}.html`);

async function loadArticles(folder: string, htmlDir: string, context: LoaderContext): Promise<void> {
  const { store, config, generateDigest, parseData } = context;
  await mkdir(htmlDir, { recursive: true });
  const files = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION)).sort();
  // Read together: thousands of small files one after another spend most of their time waiting on the disk.
  const sources = await Promise.all(files.map((name) => readFile(join(folder, name), 'utf8')));
  const seen = new Set<string>();
  const writes: Array<Promise<void>> = [];
  for (const [i, name] of files.entries()) {
    const id = name.slice(0, -EXTENSION.length);
    const filePath = join(folder, name);
    const source = sources[i] ?? '';
    // The renderer's version and the base are part of the HTML, so a change to either renders again.
    const digest = generateDigest(`${ARTICLE_HTML_VERSION}\n${sitePath()}\n${source}`);
    seen.add(id);
    if (store.get(id)?.digest === digest && existsSync(htmlFile(htmlDir, id))) continue;
    let rendered;
    try {
      rendered = renderArticleMdx(source, entityPath);
    } catch (error) {
      throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const shownPath = relative(config.root.pathname, filePath);
    const data = await parseData({ id, data: parse(rendered.frontmatter) as Record<string, unknown>, filePath: shownPath });
    if (data['slug'] !== id) throw new Error(`${filePath}: its slug is ${String(data['slug'])}, but the file is named ${name}`);
    writes.push(writeFile(htmlFile(htmlDir, id), rendered.html));
    store.set({ id, data, digest, filePath: shownPath });
  }
  await Promise.all(writes);
  for (const id of store.keys()) {
    if (seen.has(id)) continue;
    store.delete(id);
    await rm(htmlFile(htmlDir, id), { force: true });
  }
}
