// A tiny static server for dist/ on loopback, as a static host would serve it: gzip for text,
// long-lived caching for hashed assets, `/1999/` → `1999/index.html`, 404 for anything else.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

/** Serves `dir` on 127.0.0.1:`port` (0: any free port); resolves to its origin and a close function. */
export function serve(dir, port = 0) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const ext = extname(file);
    const gzip = TEXT.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const key = `${file}:${gzip}`;
    if (!cache.has(key)) cache.set(key, gzip ? gzipSync(readFileSync(file)) : readFileSync(file));
    const body = cache.get(key);
    res.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ origin: `http://127.0.0.1:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// `node scripts/bench/serve.mjs [port]` serves dist/ until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serve(new URL('../../dist', import.meta.url).pathname, Number(process.argv[2] ?? 4301));
  console.log(`serving dist/ at ${origin}`);
}
