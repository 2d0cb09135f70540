/**
 * The bench's web server, on 127.0.0.1: text (HTML, scripts, styles, SVG,
 * JSON) in brotli at quality 11, as a CDN serves it, fonts as they are
 * (already compressed), and Cache-Control: no-store on everything. Each
 * answer is compressed once and kept.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.svg', '.json']);

/**
 * `pages`: a Map from path to the HTML of a generated page. `mounts`: URL
 * prefixes ('/dist/') and the folders they serve. Resolves to { origin, close }.
 */
export async function serve({ pages, mounts }) {
  const cache = new Map();
  const read = (path) => {
    if (pages.has(path)) return pages.get(path);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (!mount) return undefined;
    const base = mounts[mount];
    const file = join(base, normalize(path.slice(mount.length)));
    if (!file.startsWith(base)) return undefined;
    try {
      if (!statSync(file).isFile()) return undefined;
    } catch {
      return undefined;
    }
    return readFileSync(file);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let entry = cache.get(path);
    if (!entry) {
      const body = read(path);
      if (body === undefined) {
        res.writeHead(404, { 'Cache-Control': 'no-store' }).end();
        return;
      }
      const ext = extname(path);
      entry = COMPRESS.has(ext)
        ? { body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), br: true, type: TYPES[ext] }
        : { body: Buffer.from(body), br: false, type: TYPES[ext] ?? 'application/octet-stream' };
      cache.set(path, entry);
    }
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Cache-Control': 'no-store',
      ...(entry.br ? { 'Content-Encoding': 'br' } : {}),
    });
    res.end(entry.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
