// The articles collection: each MDX file the pipeline wrote becomes an entry whose body is already HTML.
// Astro's glob() loader would turn every MDX file into a module for Vite to bundle; this loader renders them in the
// content layer instead (article-html.ts), and an article whose file did not change keeps the entry of the last build.
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ARTICLE_HTML_VERSION, renderArticleMdx } from './article-html.ts';

const EXTENSION = '.mdx';

/** A loader for the folder of article MDX files; an entry's id is its file name, which the pipeline makes the slug. */
export function articleLoader(folder: string): Loader {
  return { name: 'casebook-articles', load: (context) => loadArticles(folder, context) };
}

async function loadArticles(folder: string, context: LoaderContext): Promise<void> {
  const { store, config, generateDigest, parseData } = context;
  const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const entityHref = (id: string) => `${base}entities/${encodeURIComponent(id)}/`;
  const files = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION)).sort();
  const seen = new Set<string>();
  // Read together: thousands of small files one after another spend most of their time waiting on the disk.
  const sources = await Promise.all(files.map((name) => readFile(join(folder, name), 'utf8')));
  for (const [i, name] of files.entries()) {
    const id = name.slice(0, -EXTENSION.length);
    const filePath = join(folder, name);
    const source = sources[i] ?? '';
    // The renderer's version and the base are part of the HTML, so a change to either renders again.
    const digest = generateDigest(`${ARTICLE_HTML_VERSION}\n${base}\n${source}`);
    seen.add(id);
    if (store.get(id)?.digest === digest) continue;
    let rendered;
    try {
      rendered = renderArticleMdx(source, entityHref);
    } catch (error) {
      throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const shownPath = relative(config.root.pathname, filePath);
    const data = await parseData({ id, data: parse(rendered.frontmatter) as Record<string, unknown>, filePath: shownPath });
    if (data['slug'] !== id) throw new Error(`${filePath}: its slug is ${String(data['slug'])}, but the file is named ${name}`);
    store.set({ id, data, digest, filePath: shownPath, rendered: { html: rendered.html } });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
