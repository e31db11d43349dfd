// `npm run preview`: serves dist/ on 127.0.0.1 under the site's base, with the security headers of dist/_headers.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4321' },
  },
});
const dir = resolve(values.out);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const rules = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8').catch(() => {
  console.error(`casebook: ${dir} has no built site; run npm run build first`);
  process.exit(1);
}));
const server = await serveStatic(dir, base, (path) => headersFor(rules, path), Number(values.port));
console.log(`Casebook preview: ${server.origin}${base} (Ctrl-C to stop)`);
