// A static file server on 127.0.0.1 serving a built site the way a static host does: for `npm run preview` and the browser tests.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` (e.g. "/" or "/casebook/") with directory index.html, 404.html for misses, and headers per path. */
export async function serveStatic(dir: string, base = '/', headersOf: (path: string) => Record<string, string> = () => ({}), port = 0): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = headersOf(url.pathname);
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound();
    path = normalize(path.slice(base.length - 1));
    if (path.includes('..')) return notFound();
    let file = join(dir, path);
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      notFound();
    }
    async function notFound(): Promise<void> {
      const page = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      response.end(page);
    }
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
