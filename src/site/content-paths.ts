// Where the site reads what the pipeline wrote: scripts/build-site.ts sets CASEBOOK_CONTENT for each build.
import { resolve } from 'node:path';

/** The content folder of this build. */
export const contentDir = resolve(process.env['CASEBOOK_CONTENT'] ?? 'content');

/** Every article's body as HTML, rendered by the articles loader and read by the article pages. */
export const articleHtmlFile = resolve(contentDir, '.casebook-cache', 'article-html.bin');
