import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { frameworkBundlesPlugin } from './scripts/wtr-framework-bundles.mjs';
import { ssrPagesPlugin } from './scripts/wtr-ssr-pages.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { mediaPlugin } from './scripts/wtr-media-plugin.mjs';
import { jsonModulesPlugin } from './scripts/wtr-json-modules.mjs';

// Browsers come from the system (Debian's chromium and firefox-esr), never from
// a download. Point CHROME_PATH / FIREFOX_PATH at your own browsers elsewhere.
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// `npm test` runs Chromium and Firefox together, then WebKit (scripts/test-browsers.mjs).
const only = (process.env.BROWSERS || 'chromium,firefox').split(',');

const chromeArgs = [
  // The leak tests collect garbage and read the heap size.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(asRoot ? ['--no-sandbox'] : []),
];

/**
 * The test runner sets each page's viewport (800 x 600), which puppeteer sends
 * over WebDriver BiDi with a screen-orientation command that Firefox ESR 140
 * does not know ("unknown command emulation.setScreenOrientationOverride"):
 * the viewport itself is set, so only that refusal is let through.
 */
function tolerantViewport(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
      // The refusal can come back before the new size is in place: wait for it (1 s at most), as a resolved call would.
      for (let tries = 0; viewport && tries < 40; tries += 1) {
        const done = await page.evaluate((width) => globalThis.innerWidth === width, viewport.width).catch(() => true);
        if (done) break;
        await new Promise((resolve) => globalThis.setTimeout(resolve, 25));
      }
    }
  };
  return page;
}

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } }));
}
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
      createPage: async ({ context }) => tolerantViewport(await context.newPage()),
    }),
  );
}
// Loaded only when asked for, so a machine without WebKit's packages still runs the other two.
if (only.includes('webkit')) browsers.push((await import('./scripts/wtr-webkit-launcher.mjs')).webkitLauncher());

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

/**
 * The CDN build served from /__slow/dist/cdn/ (its language files half a
 * second late), /__late/dist/cdn/ (4 s late: after an element's wait for
 * them, LANG_WAIT), /__hang/dist/cdn/ (never answered: held until the page
 * goes) and /__nolang/dist/cdn/ (its language files missing): an element
 * loads its language from beside its own script, so from there too.
 */
async function langFiles(ctx, next) {
  const match = /^\/__(slow|late|hang|nolang)(\/dist\/cdn\/.*)$/.exec(ctx.path);
  if (!match) return next();
  if (match[2].includes('/lang/')) {
    if (match[1] === 'nolang') {
      ctx.status = 404;
      return;
    }
    if (match[1] === 'hang') {
      await new Promise((resolve) => ctx.res.once('close', resolve));
      return;
    }
    await sleep(match[1] === 'late' ? 4000 : 700);
  }
  ctx.path = match[2];
  return next();
}

/**
 * A source module asked for by its built name (/src/lang/es.js) where only
 * the source is (es.ts): served from the source, as the builds have it. The
 * test server writes `.ts` into every import it can read, but not into
 * languages/load.ts's `import(\`../lang/${file}.js\`)`, which the builds
 * write out from shipped.json (rollup.config.mjs).
 */
async function sourceForBuilt(ctx, next) {
  if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js')) {
    const source = `${ctx.path.slice(0, -3)}.ts`;
    if (!existsSync(`.${ctx.path}`) && existsSync(`.${source}`)) ctx.path = source;
  }
  return next();
}

/**
 * The policy every element must live under (issue 7), with the CDN bundle's two Trusted Types
 * policies allowed: cramp-kit-lit (its own copy of lit) and cramp-kit (the guide's JSON-LD).
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types cramp-kit-lit cramp-kit";

/**
 * Pages served with a strict Content Security Policy: /csp/page.html holds
 * every element, /csp/probe.js records violations (inline script is not
 * allowed there, so the probe is a file of its own).
 */
async function cspPages(ctx, next) {
  if (ctx.path === '/csp/page.html') {
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head>
      <script type="module" src="/csp/probe.js"></script>
      <script type="module" src="/dist/cdn/cramp-kit.js"></script></head><body>
      <cramp-guide structured-data emergency-number="999"><p slot="contact">Clinic</p></cramp-guide>
      <cramp-stretch-card stretch="wall-calf"></cramp-stretch-card>
      <cramp-risk-checklist persist storage-key="csp-test"></cramp-risk-checklist>
      </body></html>`;
    return;
  }
  // A site that runs its own lit (policy "lit-html") under Trusted Types, then loads the CDN bundle.
  if (ctx.path === '/csp/own-lit.html') {
    ctx.set('Content-Security-Policy', STRICT_CSP.replace('; trusted-types ', '; trusted-types lit-html '));
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head>
      <script type="module" src="/csp/probe.js"></script>
      <script type="module" src="/csp/own-lit.js"></script>
      <script type="module" src="/dist/cdn/cramp-kit.js"></script></head><body>
      <div id="site"></div>
      <cramp-care-advice emergency-number="999"></cramp-care-advice>
      </body></html>`;
    return;
  }
  if (ctx.path === '/csp/own-lit.js') {
    ctx.type = 'text/javascript';
    ctx.body = `import { html, render } from '/node_modules/lit-html/lit-html.js';
      render(html\`<p>The site's own lit</p>\`, document.getElementById('site'));`;
    return;
  }
  if (ctx.path === '/csp/probe.js') {
    ctx.type = 'text/javascript';
    ctx.body = `window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
      window.errors = [];
      window.addEventListener('error', (e) => window.errors.push(String(e.message)));`;
    return;
  }
  return next();
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers,
  middleware: [langFiles, cdn, cspPages, sourceForBuilt],
  // Lit's dev build says so on every page; everything else a page logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    frameworkBundlesPlugin(),
    ssrPagesPlugin(),
    jsonModulesPlugin(),
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    mediaPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  // A test file's whole time. The XSS corpus (tests/security.test.ts: 57 payloads through every attribute and property
  // of every element) takes about 55 s in Chromium with coverage on its own; beside Firefox on two cores it once went
  // past the default 120 s in CI, and the run failed on time, not on a test.
  testsFinishTimeout: 300000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
    reportDir: 'coverage',
  },
};
