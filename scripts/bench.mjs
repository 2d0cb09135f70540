/**
 * `npm run bench`: builds, then in headless Chromium measures a page with
 * every cramp-kit element against the equivalent interactive shell built from
 * Shoelace 2, and runs Lighthouse 12 on the demo. Writes BENCHMARKS.md.
 *
 * Both pages are served from this machine with brotli, as a CDN would serve
 * them. Each figure is the median of RUNS fresh, uncached loads.
 *
 * Then paint on a phone's terms (4x CPU slowdown, Slow 4G): the cramp-kit
 * page rendered in the browser, the same page prerendered by cramp-kit/ssr,
 * and the Shoelace page, loaded in turn (interleaved), PAINT_RUNS times each:
 * first and largest contentful paint and layout shift, medians with their range.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { bytesByPart } from './bytes-by-part.mjs';
import { withHeader } from './demo-pages.mjs';

/* global window, performance -- inside page.evaluate(), which runs in the browser */

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS) || 15;
const PAINT_RUNS = Number(process.env.PAINT_RUNS) || 9;
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

console.log('bench: building…');
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });

// ---- the two pages -------------------------------------------------------
const shoelaceBase = '/node_modules/@shoelace-style/shoelace/cdn';
const measure = (selector) => `
<script>
  window.t0 = performance.now();
  window.cls = 0; window.longTasks = []; window.lcp = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
</script>
<script type="module">
  const tags = [...new Set([...document.querySelectorAll('${selector}')].map((e) => e.localName))];
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
  await Promise.all(all(document).map((e) => e.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.rendered = performance.now() - window.t0;
</script>`;

const words = (n) => 'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(' ').slice(0, n).join(' ');
const pages = {
  'cramp-kit': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cramp-kit</title>
${measure('cramp-guide, cramp-stretch-card')}
<script type="module" src="/dist/cdn/cramp-kit.js"></script></head><body>
<cramp-guide emergency-number="999"></cramp-guide>
<cramp-stretch-card stretch="toe-pull"></cramp-stretch-card>
</body></html>`,
  // The same shell from Shoelace 2: details (accordion), a tab group, checkboxes,
  // cards, buttons, a progress ring and alerts, with its light theme.
  shoelace: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shoelace</title>
<link rel="stylesheet" href="${shoelaceBase}/themes/light.css">
${measure('sl-details, sl-tab-group, sl-checkbox, sl-card, sl-button, sl-progress-ring, sl-alert')}
<script type="module" data-shoelace="${shoelaceBase}">
  import '${shoelaceBase}/components/details/details.js';
  import '${shoelaceBase}/components/tab-group/tab-group.js';
  import '${shoelaceBase}/components/tab/tab.js';
  import '${shoelaceBase}/components/tab-panel/tab-panel.js';
  import '${shoelaceBase}/components/checkbox/checkbox.js';
  import '${shoelaceBase}/components/card/card.js';
  import '${shoelaceBase}/components/button/button.js';
  import '${shoelaceBase}/components/progress-ring/progress-ring.js';
  import '${shoelaceBase}/components/alert/alert.js';
</script></head><body>
<h2>Causes</h2>
${Array.from({ length: 6 }, (_, i) => `<sl-details summary="Cause ${String(i + 1)}"><p>${words(12)}</p></sl-details>`).join('\n')}
<sl-tab-group>
${Array.from({ length: 6 }, (_, i) => `<sl-tab slot="nav" panel="p${String(i)}">Cause ${String(i + 1)}</sl-tab>`).join('')}
${Array.from({ length: 6 }, (_, i) => `<sl-tab-panel name="p${String(i)}">${words(12)}</sl-tab-panel>`).join('')}
</sl-tab-group>
<h2>Checklist</h2>
${Array.from({ length: 22 }, (_, i) => `<sl-checkbox>Item ${String(i + 1)}: ${words(6)}</sl-checkbox><br>`).join('\n')}
<sl-button>Clear</sl-button><sl-button>Copy</sl-button><sl-button>Print</sl-button>
<h2>Prevention and care</h2>
${Array.from({ length: 6 }, (_, i) => `<sl-card>Card ${String(i + 1)}: ${words(12)}</sl-card>`).join('\n')}
${['primary', 'warning', 'danger'].map((v) => `<sl-alert variant="${v}" open>${words(10)}</sl-alert>`).join('\n')}
<h2>Stretch</h2>
<sl-progress-ring value="25">10 s</sl-progress-ring>
<sl-button variant="primary">Start</sl-button><sl-button>Reset</sl-button>
</body></html>`,
};

// The cramp-kit page, prerendered by cramp-kit/ssr (the words are in the HTML; the same script takes them over).
const { prerender } = await import('../dist/ssr.js');
const ssrPage = await prerender(pages['cramp-kit']);

// ---- a server that answers with brotli, as a CDN would -------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const cache = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  let body;
  if (path.startsWith('/bench/')) body = path === '/bench/cramp-kit-ssr.html' ? ssrPage : pages[path.slice(7, -5)];
  else {
    const file = join(root, normalize(path));
    if (!file.startsWith(root) || !/^\/(dist|demo|node_modules\/@shoelace-style)\//.test(path)) {
      res.writeHead(404).end();
      return;
    }
    try {
      if (statSync(file).isFile())
        body = path.startsWith('/demo/') && path.endsWith('.html') ? withHeader(readFileSync(file, 'utf8'), path) : readFileSync(file);
    } catch {
      /* not found */
    }
  }
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  let br = cache.get(path);
  if (!br) cache.set(path, (br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })));
  res.writeHead(200, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Content-Encoding': 'br',
    'Cache-Control': 'no-store',
  });
  res.end(br);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${String(server.address().port)}`;

// ---- measure ----------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
const results = {};
for (const name of Object.keys(pages)) {
  const runs = [];
  for (let i = 0; i < RUNS + 1; i += 1) {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${origin}/bench/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.rendered !== undefined', { timeout: 30000 });
    const run = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource');
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        rendered: window.rendered,
        cls: window.cls,
        longTasks: window.longTasks.length,
        longTaskMs: window.longTasks.reduce((a, b) => a + b, 0),
        bytes: resources.reduce((a, r) => a + r.encodedBodySize, 0) + (nav?.encodedBodySize ?? 0),
        scriptBytes: resources
          .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
          .reduce((a, r) => a + r.encodedBodySize, 0),
        requests: resources.length + 1,
      };
    });
    await page.close();
    if (i > 0) runs.push(run); // the first load warms the server's brotli cache
  }
  results[name] = {
    rendered: median(runs.map((r) => r.rendered)),
    cls: Math.max(...runs.map((r) => r.cls)),
    longTasks: median(runs.map((r) => r.longTasks)),
    longTaskMs: median(runs.map((r) => r.longTaskMs)),
    bytes: median(runs.map((r) => r.bytes)),
    scriptBytes: median(runs.map((r) => r.scriptBytes)),
    requests: median(runs.map((r) => r.requests)),
  };
  console.log(`bench: ${name}`, results[name]);
}

// ---- paint on a phone's terms: 4x CPU, Slow 4G, interleaved -------------------
const PAINT_PAGES = ['cramp-kit', 'cramp-kit-ssr', 'shoelace'];
const paintRuns = Object.fromEntries(PAINT_PAGES.map((name) => [name, []]));
for (let i = 0; i < PAINT_RUNS + 1; i += 1) {
  for (const name of PAINT_PAGES) {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 412, height: 823, isMobile: true, deviceScaleFactor: 1 });
    await page.emulateCPUThrottling(4);
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
    await page.goto(`${origin}/bench/${name}.html`, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction('window.rendered !== undefined', { timeout: 120000 });
    const run = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      lcp: window.lcp,
      cls: window.cls,
      rendered: window.rendered,
    }));
    await page.close();
    if (i > 0) paintRuns[name].push(run); // the first round warms the server's brotli cache
  }
}
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const paint = Object.fromEntries(
  PAINT_PAGES.map((name) => [
    name,
    {
      fcp: spread(paintRuns[name].map((r) => r.fcp)),
      lcp: spread(paintRuns[name].map((r) => r.lcp)),
      cls: spread(paintRuns[name].map((r) => r.cls)),
      rendered: spread(paintRuns[name].map((r) => r.rendered)),
    },
  ]),
);
console.log('bench: paint', JSON.stringify(paint));
await browser.close();

// ---- sizes of every CDN entry (brotli) ------------------------------------
const br = (file) => brotliCompressSync(readFileSync(join(root, file))).length;
// The bundle, the autoloader and every element of the registry (src/elements/registry.json).
const registry = JSON.parse(readFileSync(join(root, 'src/elements/registry.json'), 'utf8'));
const entries = ['cramp-kit', 'autoloader', ...registry.map(({ tag }) => tag)];
/** What a page that uses only this entry downloads: the file and every chunk it imports, transitively. */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(root, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) withImports(normalize(join(file, '..', m[1])), seen);
  return seen;
}
const sizes = Object.fromEntries(
  entries.map((name) => {
    const file = `dist/cdn/${name}.js`;
    return [name, { own: br(file), total: [...withImports(file)].reduce((a, f) => a + br(f), 0) }];
  }),
);

const single = entries.filter((n) => n.startsWith('cramp-') && n !== 'cramp-kit');
const smallest = single.reduce((a, b) => (sizes[b].total < sizes[a].total ? b : a));
const parts = bytesByPart(join(root, 'dist/cdn/cramp-kit.js'));
const part = (name) => parts.rows.find((r) => r.name === name) ?? { alone: 0, byRemoval: 0 };
const partBytes = (name) => part(name).byRemoval;

// ---- Lighthouse 12 on the demo --------------------------------------------
let lighthouse;
const reportPath = join(tmpdir(), `cramp-kit-lighthouse-${String(process.pid)}.json`);
// Asynchronous: this process also serves the pages Lighthouse loads.
const lh = await new Promise((resolve) => {
  execFile(
    'npm',
    [
      'exec',
      '--yes',
      '--package=lighthouse@12.8.2',
      '--',
      'lighthouse',
      `${origin}/demo/index.html`,
      '--output=json',
      `--output-path=${reportPath}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromePath }, timeout: 600000 },
    (error, stdout, stderr) => {
      resolve({ error, stdout, stderr });
    },
  );
});
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  rmSync(reportPath);
  lighthouse = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  lighthouse.cls = report.audits['cumulative-layout-shift']?.numericValue;
  lighthouse.lcp = report.audits['largest-contentful-paint']?.numericValue;
  lighthouse.tbt = report.audits['total-blocking-time']?.numericValue;
} catch {
  const lines = `${lh.stderr}\n${lh.error?.message ?? ''}`.split('\n').filter((l) => l && !/npm warn|unexpected operator/.test(l));
  lighthouse = `not run: ${lines.slice(-1)[0] ?? 'no report'}`;
}
server.close();
console.log('bench: lighthouse', lighthouse);

// ---- BENCHMARKS.md ------------------------------------------------------------
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
const c = results['cramp-kit'];
const s = results.shoelace;
const chromeVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim();
const date = new Date().toISOString().slice(0, 10);
const lhRow =
  typeof lighthouse === 'string'
    ? `| ${lighthouse} | | | |`
    : `| ${String(lighthouse.performance)} | ${String(lighthouse.accessibility)} | ${String(lighthouse['best-practices'])} | ${String(lighthouse.seo)} |`;
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  `# Benchmarks

Made by \`npm run bench\` on ${date}: ${chromeVersion}, headless; Node ${process.version}; ${osType()} ${release()},
${String(cpus().length)} × ${cpus()[0]?.model ?? 'CPU'}, ${String(Math.round(totalmem() / 2 ** 30))} GiB. Pages are served from this
machine with brotli (quality 11), uncached; each figure is the median of ${String(RUNS)} loads (layout shift: the worst).

## A page with every element, against the same shell built from Shoelace 2

The cramp-kit page has a whole \`<cramp-guide>\` (cause explainer, risk checklist, prevention tips,
stretch routine with its card, care advice) and a \`<cramp-stretch-card>\`, with all their content.
The Shoelace ${JSON.parse(readFileSync(join(root, 'node_modules/@shoelace-style/shoelace/package.json'), 'utf8')).version} page has the
equivalent interactive shell and placeholder text: 6 details, a tab group of 6, 22 checkboxes, 5
buttons, 6 cards, 3 alerts and a progress ring, with its light theme.

| | cramp-kit | Shoelace 2 | cramp-kit ÷ Shoelace |
| --- | --- | --- | --- |
| Bytes transferred (brotli, everything) | ${kb(c.bytes)} | ${kb(s.bytes)} | ${ratio(c.bytes, s.bytes)} |
| of which scripts | ${kb(c.scriptBytes)} | ${kb(s.scriptBytes)} | ${ratio(c.scriptBytes, s.scriptBytes)} |
| Requests | ${String(c.requests)} | ${String(s.requests)} | ${ratio(c.requests, s.requests)} |
| Script start to every element rendered | ${ms(c.rendered)} | ${ms(s.rendered)} | ${ratio(c.rendered, s.rendered)} |
| Long tasks (count, total) | ${String(c.longTasks)}, ${ms(c.longTaskMs)} | ${String(s.longTasks)}, ${ms(s.longTaskMs)} | |
| Cumulative layout shift | ${c.cls.toFixed(3)} | ${s.cls.toFixed(3)} | |

## Paint on a phone's terms: server-rendered, browser-rendered, Shoelace

The same three pages at a phone's size (412 × 823), with the CPU slowed 4 times and the network
throttled to Chrome's Slow 4G, loaded in turn, ${String(PAINT_RUNS)} times each: the median, and the range.
"Server-rendered" is the cramp-kit page above after \`prerender\` (cramp-kit/ssr): its words are in
the HTML, and the same script takes them over.

| | cramp-kit, server-rendered | cramp-kit, rendered in the browser | Shoelace 2 |
| --- | --- | --- | --- |
${[
  ['First contentful paint', 'fcp'],
  ['Largest contentful paint', 'lcp'],
  ['Every element rendered (from the page’s first script)', 'rendered'],
]
  .map(
    ([label, key]) =>
      `| ${label} | ${['cramp-kit-ssr', 'cramp-kit', 'shoelace'].map((n) => `${ms(paint[n][key].median)} (${ms(paint[n][key].min)} to ${ms(paint[n][key].max)})`).join(' | ')} |`,
  )
  .join('\n')}
| Cumulative layout shift, the worst | ${['cramp-kit-ssr', 'cramp-kit', 'shoelace'].map((n) => paint[n].cls.max.toFixed(3)).join(' | ')} |

Server-rendered first contentful paint ÷ the browser-rendered page's: ${ratio(paint['cramp-kit-ssr'].fcp.median, paint['cramp-kit'].fcp.median)}; ÷ Shoelace's: ${ratio(paint['cramp-kit-ssr'].fcp.median, paint.shoelace.fcp.median)}.
Shoelace's page has its placeholder text in the HTML (light DOM), so it too can paint before its
scripts run, but it has far fewer words (see above), and it waits for a stylesheet
(\`light.css\`) that the cramp-kit pages do not have, one more request on a slow network: issue 17
makes the pages match word for word.

## Size of each CDN entry (brotli)

"With its imports" is what a page that loads only that file downloads (lit and the content are in
shared chunks).

| Entry | The file | With its imports |
| --- | --- | --- |
${entries.map((n) => `| \`dist/cdn/${n}.js\` | ${kb(sizes[n].own)} | ${kb(sizes[n].total)} |`).join('\n')}

## Where the bytes of the bundle go

\`dist/cdn/cramp-kit.js\` split by its source map (\`node scripts/bytes-by-part.mjs\`). "Alone" is the
part compressed by itself; "by removal" is what the bundle would lose without it (parts compress
better together, so these add up to less than the bundle).

| Part | Minified | Brotli alone | Brotli by removal |
| --- | --- | --- | --- |
${parts.rows.map((r) => `| ${r.name} | ${kb(r.minified)} | ${kb(r.alone)} | ${kb(r.byRemoval)} |`).join('\n')}
| The bundle | ${kb(parts.minified)} | ${kb(parts.whole)} | |

## Lighthouse 12 on the demo (\`demo/index.html\`, the whole guide)

| Performance | Accessibility | Best practices | SEO |
| --- | --- | --- | --- |
${lhRow}
${typeof lighthouse === 'string' ? '' : `\nLayout shift ${String(lighthouse.cls)}, largest contentful paint ${ms(lighthouse.lcp)}, total blocking time ${ms(lighthouse.tbt)} (Lighthouse's simulated mobile throttling).\n`}
## Against the targets of issue 6

| Target | Measured | Met |
| --- | --- | --- |
| The whole kit with English content, at most 16 kB brotli | ${kb(sizes['cramp-kit'].own)} | ${sizes['cramp-kit'].own <= 16000 ? 'yes' : 'no'} |
| Any single element with lit, at most 9 kB brotli | ${kb(Math.min(...single.map((n) => sizes[n].total)))} to ${kb(Math.max(...single.map((n) => sizes[n].total)))} | ${single.every((n) => sizes[n].total <= 9000) ? 'yes' : 'no'} |
| Autoloader, at most 1.5 kB brotli | ${kb(sizes.autoloader.own)} | ${sizes.autoloader.own <= 1500 ? 'yes' : 'no'} |
| Render time at most 0.5 × Shoelace's | ${ratio(c.rendered, s.rendered)} × | ${c.rendered <= 0.5 * s.rendered ? 'yes' : 'no'} |
| Layout shift 0 | ${c.cls.toFixed(3)} | ${c.cls === 0 ? 'yes' : 'no'} |
| Lighthouse accessibility 100, performance at least 98 | ${typeof lighthouse === 'string' ? 'not run' : `${String(lighthouse.accessibility)}, ${String(lighthouse.performance)}`} | ${typeof lighthouse !== 'string' && lighthouse.accessibility === 100 && lighthouse.performance >= 98 ? 'yes' : 'no'} |

lit and the English content, compressed together with nothing else, are already
${kb(parts.floor)}. A 16 kB kit would leave ${kb(16000 - parts.floor)} for the code, styles and pictures of all seven
elements, which take ${kb(partBytes('elements’ code') + partBytes('styles') + partBytes('stretch pictures') + partBytes('shared core'))} now (by removal). The smallest single element,
\`<${smallest}>\`, downloads ${kb(sizes[smallest].total)} with its imports, of which lit alone is ${kb(part('lit').alone)}. Meeting
either target means cutting content or features that issues 2 to 5 ask for; see the notes on issue 6.
`,
);
console.log('bench: wrote BENCHMARKS.md');
