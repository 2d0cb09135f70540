/**
 * Serves the demo and the built files on localhost, with no dependencies.
 * `npm start` builds first, then runs this. PORT picks the port (default 8080,
 * or the next free one).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const allowed = ['demo', 'dist', 'custom-elements.json'];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' });
    return res.end();
  }
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
  if (!allowed.some((a) => path === a || path.startsWith(a + sep))) {
    res.writeHead(404).end('Not found');
    return;
  }
  let file = join(root, path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
}

function listen(port, attempts = 10) {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end('Server error'));
  });
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attempts > 1) listen(port + 1, attempts - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\ncramp-kit demo: http://127.0.0.1:${port}/demo/\n(Ctrl+C to stop)`);
  });
}

listen(Number(process.env.PORT) || 8080);
