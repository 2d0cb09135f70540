import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { reactPlugin } from './scripts/wtr-react-plugin.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { mediaPlugin } from './scripts/wtr-media-plugin.mjs';

// Browsers come from the system (Debian's chromium and firefox-esr), never from
// a download. Point CHROME_PATH / FIREFOX_PATH at your own browsers elsewhere.
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const only = (process.env.BROWSERS || 'chromium,firefox').split(',');

const chromeArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(asRoot ? ['--no-sandbox'] : []),
];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } }),
  );
}
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
}

const { version } = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Serves the built CDN bundle as a CDN would (any origin may load it), and,
 * with ?as-version=X, as if it were another release of cramp-kit: the tests
 * load two copies of the bundle on one page.
 */
async function cdn(ctx, next) {
  if (!ctx.path.startsWith('/dist/cdn/') || !ctx.path.endsWith('.js')) return next();
  let body = await readFile(new URL(`.${ctx.path}`, import.meta.url), 'utf8');
  const as = ctx.query['as-version'];
  if (typeof as === 'string' && /^[\w.-]+$/.test(as)) body = body.replaceAll(`"${version}"`, `"${as}"`);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = 'text/javascript';
  ctx.body = body;
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers,
  middleware: [cdn],
  // Lit's dev build says so on every page; everything else a page logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    reactPlugin(),
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    mediaPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
    reportDir: 'coverage',
  },
};
