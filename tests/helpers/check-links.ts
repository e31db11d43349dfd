// A link checker over a built site: every internal link, stylesheet, script and #fragment must resolve.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { elementsIn, readHtml } from './html.ts';

/** A link that does not resolve, and the page it is on. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Checks every page under `siteDir`, served at `base` on `origin` (external links are not followed). */
export async function checkLinks(siteDir: string, base = '/', origin = 'https://casebook.example'): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = await htmlFiles(siteDir);
  const ids = new Map<string, Promise<Set<string>>>();
  const idsOf = (file: string): Promise<Set<string>> => {
    let found = ids.get(file);
    if (!found) {
      found = readHtml(file).then((doc) => new Set(elementsIn(doc, '[id]').map((e) => e.attributes['id'] ?? '')));
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of files) {
    const page = `/${relative(siteDir, file).split(sep).join('/')}`.replace(/index\.html$/u, '');
    const pageUrl = new URL(base.replace(/\/$/u, '') + page, origin);
    const doc = await readHtml(file);
    const targets = [
      ...elementsIn(doc, 'a[href]').map((e) => e.attributes['href']!),
      ...elementsIn(doc, 'link[href]').filter((e) => e.attributes['rel'] !== 'canonical').map((e) => e.attributes['href']!),
      ...elementsIn(doc, 'script[src]').map((e) => e.attributes['src']!),
    ];
    for (const href of targets) {
      const url = new URL(href, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      links++;
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base ${base}` });
        continue;
      }
      let target = join(siteDir, path.slice(base.length));
      if (path.endsWith('/')) target = join(target, 'index.html');
      const info = await stat(target).catch(() => null);
      if (!info?.isFile()) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await idsOf(target)).has(fragment)) broken.push({ page, href, reason: `no element with id "${fragment}"` });
    }
  }
  return { pages: files.length, links, broken };
}
