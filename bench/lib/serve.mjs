// A small static file server for the built site, as a static host would
// serve it: directory index pages, /404.html with status 404, gzip when
// the client accepts it, long caching for hashed /_astro/ assets.
// Usage: node bench/lib/serve.mjs <dist-dir> <port>   (prints "listening <port>")
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist', portArg = '0'] = process.argv.slice(2);
const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
});
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

/** @param {string} urlPath @returns {string | null} */
function fileFor(urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const path = join(dir, safe);
  if (!path.startsWith(normalize(dir))) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let status = 200;
  let file = fileFor(url.pathname);
  if (file && !url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (!file) {
    status = 404;
    file = fileFor('/404.html');
  }
  if (!file) {
    res.writeHead(404).end('not found');
    return;
  }
  const ext = extname(file);
  let body = readFileSync(file);
  /** @type {Record<string, string>} */
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
  };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body, { level: 6 });
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
});
server.listen(Number(portArg), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : portArg}\n`);
});
