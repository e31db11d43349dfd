// The baseline's converter: one synthetic .txt article → one plain MDX file (frontmatter title, paragraphs as text).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Backslash-escapes what MDX or Markdown would read as syntax ({ } < > and the inline markers), so text stays text. */
export function escapeMdx(text: string): string {
  return text.replace(/[\\{}<>*_[\]`]/g, (c) => `\\${c}`).replace(/^([#>+\-=|]|\d+[.)])/u, (m) => `\\${m}`);
}

/** The MDX for one article: the first line is the title, blank-line-separated blocks are paragraphs. */
export function articleToMdx(text: string): string {
  const blocks = text.split(/\n\s*\n/u).map((b) => b.replace(/\s+/gu, ' ').trim()).filter(Boolean);
  const [title = 'Untitled', ...paragraphs] = blocks;
  const rtl = /[\u0600-\u06ff]/u.test(text);
  const frontmatter = [`title: ${JSON.stringify(title)}`, `lang: ${rtl ? 'ar' : 'en'}`, `dir: ${rtl ? 'rtl' : 'ltr'}`];
  return `---\n${frontmatter.join('\n')}\n---\n\n${paragraphs.map(escapeMdx).join('\n\n')}\n`;
}

/** Converts every .txt in seedsDir into contentDir/<name>.mdx; returns how many it wrote. */
export async function convertSeeds(seedsDir: string, contentDir: string): Promise<number> {
  await mkdir(contentDir, { recursive: true });
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const text = await readFile(join(seedsDir, file), 'utf8');
    await writeFile(join(contentDir, `${basename(file, '.txt')}.mdx`), articleToMdx(text), 'utf8');
  }
  return files.length;
}
