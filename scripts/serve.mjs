/**
 * `npm start` (after the build): serves the demo and the built files with
 * @web/dev-server, and prints the demo's address. PORT picks the port
 * (default: 8000, or the next free one).
 */
import { posix } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { withHeader } from './demo-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
/** Only what the demo needs: never the sources or anything else in the project. */
const allowed = /^\/(demo|dist)(\/|$)|^\/custom-elements\.json$/;

const server = await startDevServer({
  config: {
    rootDir: root,
    hostname: '127.0.0.1',
    port: Number(process.env.PORT) || undefined,
    nodeResolve: false,
    watch: false,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/') {
          ctx.redirect('/demo/');
          return;
        }
        // Tested as the file server will read it: decoded and normalised, so `..` and `%2f` cannot leave the list.
        let path;
        try {
          path = posix.normalize(decodeURIComponent(ctx.path));
        } catch {
          path = '';
        }
        if (!allowed.test(path) || path !== ctx.path || path.includes('..')) {
          ctx.status = 404;
          ctx.body = 'Not found';
          return;
        }
        ctx.set('Cache-Control', 'no-store');
        ctx.set('Access-Control-Allow-Origin', '*');
        await next();
      },
    ],
    plugins: [
      {
        name: 'demo-header',
        transform(context) {
          if (context.path.startsWith('/demo/') && context.response.is('html')) return { body: withHeader(context.body, context.path) };
          return undefined;
        },
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`\ncramp-kit demo: http://127.0.0.1:${String(server.config.port)}/demo/\n(Ctrl+C to stop)`);
