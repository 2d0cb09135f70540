/**
 * `npm start` (after the build and `npm run docs`): serves the documentation
 * site, site/ (its pages, the demo and the CDN build), with
 * @web/dev-server, and prints its address. PORT picks the port (default:
 * 8000, or the next free one).
 */
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({
  config: {
    rootDir: new URL('../site', import.meta.url).pathname,
    hostname: '127.0.0.1',
    port: Number(process.env.PORT) || undefined,
    nodeResolve: false,
    watch: false,
    middleware: [
      async (ctx, next) => {
        ctx.set('Cache-Control', 'no-store');
        await next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`\ncramp-kit site: http://127.0.0.1:${String(server.config.port)}/\n(Ctrl+C to stop)`);
