/**
 * `npm run bench`: measures cramp-kit against Shoelace 2, Material Web 2 and
 * Nord 4, like for like, and writes BENCHMARKS.md. The method, in short (the
 * file says it in full):
 * - every page carries the same English words, taken from cramp-kit's built
 *   content pack; each peer's page uses the library's own widgets (a native
 *   element where it has none) and is bundled like the kit's CDN bundle: one
 *   minified ES module, made by rollup and terser with the bundle's settings;
 * - everything is served from this machine with brotli and no caching; the
 *   kit from a copy of dist/ taken at the start;
 * - two profiles (unthrottled; a phone with 4x CPU slowdown and Slow 4G);
 *   each iteration loads every page of a comparison once, in a shuffled order
 *   (seeded); the first iteration is thrown away; RUNS (default 9) are kept;
 * - figures per load from the page (paints, layout shift, bytes, and its
 *   long animation frames with what ran in them), from a Chrome trace of the
 *   renderer's main thread (long tasks, blocking time, main-thread time) and
 *   from page.metrics() (heap, DOM nodes);
 * - the report leads with ratios taken within each iteration of this one
 *   run (kit ÷ each peer, kit ÷ the baseline build): absolute times move
 *   between machines, about twice from one machine to another of the same
 *   kind;
 * - last, Lighthouse 12 on the kit's guide page of the comparisons
 *   (/bench/guide/kit.html, served as above), not on the demo site.
 *
 * Flags: --no-build (use the dist/ that is there), --help (this text).
 * Environment: RUNS (the fewest is 1, after the one thrown away),
 * SEED, CHROME_PATH, PHONE_SCALING=0 (scaling pages on the unthrottled
 * profile only, for time), LIGHTHOUSE=0 (skip Lighthouse),
 * BENCH_KEEP=1 (keep the temporary folder), BASELINE_REF=<commit> (built in a
 * temporary worktree) or BASELINE_DIST=<folder> (another
 * build's dist/, measured beside this one for the "no slower than before"
 * target; BASELINE_LABEL says what it is), ONLY=guide/desktop,scaling/phone
 * (only those comparisons, for trying things out; the report then has gaps),
 * BENCH_JSON=<file> (also write every load's figures there, long animation
 * frames included, as JSON).
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { bytesByPart } from './bytes-by-part.mjs';
import { bundle, KIT_TERSER as terser } from './bench/bundle.mjs';
import { load, MEASURE, measuring, PROFILES } from './bench/measure.mjs';
import { DIARY_ADD_STEP, diaryBody, explainerBody, guideBody, page } from './bench/pages.mjs';
import { PEERS, entryFor } from './bench/peers.mjs';
import { describeFrame, longestFrame, withSources } from './bench/frames.mjs';
import { report } from './bench/report.mjs';
import { serve } from './bench/server.mjs';
import { seededRandom, shuffled } from './bench/stats.mjs';

/* global setTimeout */

if (process.argv.includes('--help')) {
  const text = readFileSync(new URL(import.meta.url), 'utf8');
  console.log(
    text
      .slice(text.indexOf('/**') + 3, text.indexOf('*/'))
      .replace(/^ \* ?/gm, '')
      .trim(),
  );
  process.exit(0);
}

const root = new URL('..', import.meta.url).pathname;
const RUNS = Math.max(1, Number(process.env.RUNS) || 9);
const SEED = Number(process.env.SEED) || Math.floor(Math.random() * 2 ** 31);
const PHONE_SCALING = process.env.PHONE_SCALING !== '0';
const LIGHTHOUSE = process.env.LIGHTHOUSE !== '0';
const SCALES = [1, 5, 20, 50];
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 60000).toFixed(1)} min`;
const log = (...args) => {
  console.log(`bench [${elapsed()}]:`, ...args);
};

// ---- build, then copy dist/ so that a rebuild during the run changes nothing ----
if (process.argv.includes('--no-build')) log('--no-build: using the dist/ that is there');
else {
  for (let attempt = 1; ; attempt += 1) {
    log(`building (attempt ${String(attempt)})…`);
    try {
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      break;
    } catch (error) {
      const message = String(error.stderr ?? error.message)
        .split('\n')
        .filter(Boolean)
        .slice(-5)
        .join('\n');
      if (attempt === 3) {
        console.error(`bench: the build failed three times; run with --no-build to measure the dist/ that is there.\n${message}`);
        process.exit(1);
      }
      log(`the build failed, trying again in a minute:\n${message}`);
      await new Promise((resolve) => setTimeout(resolve, 60000));
    }
  }
}
const work = mkdtempSync(join(tmpdir(), 'cramp-bench-'));
const dist = join(work, 'dist');
cpSync(join(root, 'dist'), dist, { recursive: true });
// The copy's bare imports (lit, @lit-labs/ssr for prerender) resolve through this link.
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
const cleanUp = () => {
  if (process.env.BENCH_KEEP === '1') log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
log(`copied dist/ to ${dist}`);

// ---- the words, and the kit's server rendering, both from the copy ----
const { en } = await import(join(dist, 'content/en.js'));
// The sources of the "get help" lines, which an element used alone adds to its own.
const { SAFETY_NET_SOURCES } = await import(join(dist, 'content/shared/facts.js'));
const { prerender } = await import(join(dist, 'ssr.js'));
// A stretch's seconds in a running routine, as the kit counts them (the peers' routine says the same minutes).
const { totalSeconds } = await import(join(dist, 'elements/cramp-stretch-card/cramp-stretch-card.js'));
const { READY_SECONDS } = await import(join(dist, 'elements/cramp-stretch-routine/cramp-stretch-routine.js'));
const stretchSeconds = (stretch) => READY_SECONDS + totalSeconds(stretch);

// ---- the peers' bundles ----
const peersDir = join(work, 'peers');
mkdirSync(peersDir);
const versions = {
  kit: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  ...Object.fromEntries(
    Object.entries(PEERS).map(([id, peer]) => [
      id,
      JSON.parse(readFileSync(join(root, 'node_modules', peer.pkg, 'package.json'), 'utf8')).version,
    ]),
  ),
  nordCss: JSON.parse(readFileSync(join(root, 'node_modules/@nordhealth/css/package.json'), 'utf8')).version,
};
const bundles = {};
for (const id of Object.keys(PEERS)) {
  for (const kind of ['guide', 'scaling']) {
    const file = `${id}-${kind}.js`;
    bundles[`${id}-${kind}`] = await bundle({
      root,
      entry: entryFor(id, kind),
      outFile: join(peersDir, file),
      terserOptions: terser.options,
    });
  }
}
log(`bundled the peers (terser: ${terser.note})`);

// ---- the pages ----
const KIT_SCRIPT = '/dist/cdn/cramp-kit.js';
const kitHead = `<script type="module" src="${KIT_SCRIPT}"></script>`;
const peerHead = (id, kind, extra = '') =>
  `${PEERS[id].stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}<style>${PEERS[id].style}${extra}</style>
<script type="module" src="/peers/${id}-${kind}.js"></script>`;
const HIDE_UNDEFINED = ':not(:defined){visibility:hidden}';
/** The kit's guide page, with `head` (its script tag, and a preload hint or another build's script). */
// The sections every page of the comparison shows, in the guide's order (the picture of the back of the knee is the
// kit's alone: left out, like for like).
const GUIDE_SECTIONS = 'intro during care causes checklist prevention stretches sources';
const kitPage = (head) =>
  page({
    title: 'cramp-kit',
    head,
    body: `<cramp-guide emergency-number="999" sections="${GUIDE_SECTIONS}"></cramp-guide>`,
    measure: MEASURE,
  });
const kitGuide = kitPage(kitHead);
const kitSsr = await prerender(kitGuide);
// The stretch pictures, taken from the kit's own server-rendered guide, so the peers show the same two.
const pictures = {};
for (const [svg] of kitSsr.matchAll(/<svg[^>]*class="picture"[\s\S]*?<\/svg>/g)) {
  const label = /aria-label="([^"]*)"/.exec(svg)?.[1];
  const id = Object.keys(en.stretches).find((s) => en.stretches[s].alt === label?.replace(/&quot;/g, '"'));
  if (id) pictures[id] = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/ part="[^"]*"/g, '');
}
if (Object.keys(pictures).length !== 2)
  log(`note: found ${String(Object.keys(pictures).length)} stretch pictures in the server-rendered guide, not 2`);

const pages = new Map();
const add = (path, html) => {
  pages.set(path, html);
  return path;
};
const GUIDE = {
  kit: add('/bench/guide/kit.html', kitGuide),
  'kit-ssr': add('/bench/guide/kit-ssr.html', kitSsr),
  'kit-preload': add('/bench/guide/kit-preload.html', kitPage(`<link rel="modulepreload" href="${KIT_SCRIPT}">${kitHead}`)),
  // The guide as a page gets it with no `sections`: with the picture of the back of the knee (issue 29), the kit's alone.
  'kit-anatomy': add(
    '/bench/guide/kit-anatomy.html',
    page({ title: 'cramp-kit', head: kitHead, body: '<cramp-guide emergency-number="999"></cramp-guide>', measure: MEASURE }),
  ),
  ...Object.fromEntries(
    Object.keys(PEERS).map((id) => [
      id,
      add(
        `/bench/guide/${id}.html`,
        page({
          title: id,
          head: peerHead(id, 'guide'),
          body: guideBody(en, PEERS[id].widgets, { pictures, stretchSeconds }),
          measure: MEASURE,
        }),
      ),
    ]),
  ),
  'shoelace-hidden': add(
    '/bench/guide/shoelace-hidden.html',
    page({
      title: 'shoelace',
      head: peerHead('shoelace', 'guide', HIDE_UNDEFINED),
      body: guideBody(en, PEERS.shoelace.widgets, { pictures, stretchSeconds }),
      measure: MEASURE,
    }),
  ),
};
// BASELINE_REF: a commit (say, the one before a change), built here in a temporary worktree, measured as
// 'kit-before' beside today's. Or BASELINE_DIST: another build's dist/, built elsewhere.
if (process.env.BASELINE_REF && !process.env.BASELINE_DIST) {
  const tree = join(work, 'baseline-tree');
  const ref = process.env.BASELINE_REF;
  console.log(`bench: building ${ref} for the baseline…`);
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: root, stdio: 'ignore' });
  try {
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: tree, stdio: 'ignore' });
    process.env.BASELINE_DIST = join(work, 'baseline-dist');
    cpSync(join(tree, 'dist'), process.env.BASELINE_DIST, { recursive: true });
    const subject = execFileSync('git', ['log', '-1', '--format=%h %s', ref], { cwd: root, encoding: 'utf8' }).trim();
    process.env.BASELINE_LABEL ??= `commit ${subject.slice(0, 90)}`;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
  }
}
if (process.env.BASELINE_DIST) {
  cpSync(process.env.BASELINE_DIST, join(work, 'baseline'), { recursive: true });
  GUIDE['kit-before'] = add('/bench/guide/kit-before.html', kitPage('<script type="module" src="/baseline/cdn/cramp-kit.js"></script>'));
}
const SCALING = {};
for (const n of SCALES) {
  SCALING[`kit-${String(n)}`] = add(
    `/bench/scaling/kit-${String(n)}.html`,
    page({
      title: 'cramp-kit',
      head: kitHead,
      body: '<cramp-cause-explainer layout="tabs"></cramp-cause-explainer>\n'.repeat(n),
      measure: MEASURE,
    }),
  );
  for (const id of Object.keys(PEERS)) {
    const body = Array.from({ length: n }, (_, i) => explainerBody(en, PEERS[id].widgets, i, SAFETY_NET_SOURCES)).join('\n');
    SCALING[`${id}-${String(n)}`] = add(
      `/bench/scaling/${id}-${String(n)}.html`,
      page({ title: id, head: peerHead(id, 'scaling'), body, measure: MEASURE }),
    );
  }
}
// The diary (issue 29), which no peer has: empty, and with 999 cramps; on each the reader then adds one. Its own
// file from the CDN, as a page with the diary alone would load it.
const DIARY_COUNTS = [0, 999];
const DIARY = Object.fromEntries(
  DIARY_COUNTS.map((n) => [
    `diary-${String(n)}`,
    add(
      `/bench/diary/diary-${String(n)}.html`,
      page({
        title: 'cramp-kit diary',
        head: '<script type="module" src="/dist/cdn/cramp-diary.js"></script>',
        body: diaryBody(n),
        measure: measuring(DIARY_ADD_STEP),
      }),
    ),
  ]),
);
// The check of long-task counting: a page whose first script, before anything else, is busy for 120 ms.
const SELF_CHECK = add(
  '/bench/self-check.html',
  page({
    title: 'long task',
    head: '',
    body: '<p>A known long task.</p>',
    measure: {
      first: `<script>{ const t = performance.now(); while (performance.now() - t < 120); }</script>${MEASURE.first}`,
      last: MEASURE.last,
    },
  }),
);

const server = await serve({
  pages,
  mounts: {
    '/dist/': dist,
    '/baseline/': join(work, 'baseline'),
    '/peers/': peersDir,
    '/node_modules/@shoelace-style/shoelace/dist/themes/': join(root, 'node_modules/@shoelace-style/shoelace/dist/themes'),
    '/node_modules/@nordhealth/css/lib/': join(root, 'node_modules/@nordhealth/css/lib'),
  },
});
const url = (path) => `${server.origin}${path}`;
log(`serving on ${server.origin}`);

// ---- measure ----
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs, protocolTimeout: 600000 });
const chromeVersion = await browser.version();

// The self-check first: the trace must find the 120 ms task that runs before any observer could.
const selfCheck = [];
for (let i = 0; i < 3; i += 1) selfCheck.push(await load(browser, url(SELF_CHECK), PROFILES.desktop));
const selfCheckOk = selfCheck.every((r) => r.longTasks >= 1 && r.longest >= 120 && r.longest < 250);
log(
  `self-check, a 120 ms busy loop: ${selfCheck.map((r) => `${String(r.longTasks)} long task(s), longest ${r.longest.toFixed(1)} ms`).join('; ')}`,
);
log(
  `self-check, its long animation frames: ${selfCheck.map((r) => (Array.isArray(r.frames) ? describeFrame(longestFrame(r.frames)) : 'not measured (no Long Animation Frames)')).join('; ')}`,
);
if (!selfCheckOk) {
  console.error('bench: the trace did not find the known 120 ms task; the long-task figures cannot be trusted. Stopping.');
  await browser.close();
  await server.close();
  cleanUp();
  process.exit(1);
}

const comparisons = [
  { id: 'guide', profile: 'desktop', pages: GUIDE },
  { id: 'guide', profile: 'phone', pages: GUIDE },
  { id: 'scaling', profile: 'desktop', pages: SCALING },
  ...(PHONE_SCALING ? [{ id: 'scaling', profile: 'phone', pages: SCALING }] : []),
  { id: 'diary', profile: 'desktop', pages: DIARY },
  { id: 'diary', profile: 'phone', pages: DIARY },
].filter((c) => !process.env.ONLY || process.env.ONLY.split(',').includes(`${c.id}/${c.profile}`));
const random = seededRandom(SEED);
log(`seed ${String(SEED)}, ${String(RUNS)} measured iterations after one thrown away`);
const runs = {};
const textLengths = {};
for (const comparison of comparisons) {
  const key = `${comparison.id}/${comparison.profile}`;
  const profile = PROFILES[comparison.profile];
  runs[key] = Object.fromEntries(Object.keys(comparison.pages).map((name) => [name, []]));
  for (let i = 0; i <= RUNS; i += 1) {
    const order = shuffled(Object.keys(comparison.pages), random);
    const t0 = Date.now();
    for (const name of order) {
      // The same words on every page of a comparison: the guide's and scaling pages (not the kit's own extra pages).
      const countText = i === 0 && comparison.profile === 'desktop' && comparison.id !== 'diary' && name !== 'kit-anatomy';
      const run = await load(browser, url(comparison.pages[name]), profile, { text: countText });
      if (countText) textLengths[name] = run.textLength;
      // Iteration 0 warms the server's brotli cache and Chromium: thrown away.
      if (i > 0) runs[key][name][i - 1] = run;
    }
    log(`${key}: iteration ${String(i)}${i ? '' : ' (thrown away)'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}
await browser.close();
// Where in the kit's sources a long frame's scripts were (the self-check's page has no map, so nothing there).
withSources(
  Object.values(runs).flatMap((comparison) => Object.values(comparison).flat()),
  { '/dist/': dist, '/baseline/': join(work, 'baseline') },
);

// ---- the same words: visible text within 10% of the kit's ----
const textCheck = [];
for (const [name, length] of Object.entries(textLengths)) {
  const kitName = name in GUIDE ? 'kit' : `kit-${name.split('-').at(-1)}`;
  const kit = textLengths[kitName];
  textCheck.push({ name, length, kit, ratio: length / kit, ok: Math.abs(length / kit - 1) <= 0.1 });
}
log(
  `visible text (characters): ${Object.keys(GUIDE)
    .map((name) => textCheck.find((t) => t.name === name))
    .filter(Boolean)
    .map((t) => `${t.name} ${String(t.length)}`)
    .join(', ')}`,
);
const badText = textCheck.filter((t) => !t.ok);
if (badText.length) log(`WARNING: text more than 10% off the kit's: ${badText.map((t) => `${t.name} ${t.ratio.toFixed(2)}`).join(', ')}`);

// ---- sizes of every CDN entry (brotli), and the bundle by part ----
const parts = bytesByPart(join(dist, 'cdn/cramp-kit.js'));
const registry = JSON.parse(readFileSync(join(root, 'src/elements/registry.json'), 'utf8'));
const entries = ['cramp-kit', 'autoloader', ...registry.map(({ tag }) => tag)];

// ---- Lighthouse 12 on the kit's guide page (the one the comparisons load), last ----
let lighthouse = 'not run (LIGHTHOUSE=0)';
if (LIGHTHOUSE) {
  log('Lighthouse…');
  const reportPath = join(work, 'lighthouse.json');
  const lh = await new Promise((resolve) => {
    execFile(
      'npm',
      [
        'exec',
        '--yes',
        '--package=lighthouse@12.8.2',
        '--',
        'lighthouse',
        url(GUIDE.kit),
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
    const lhReport = JSON.parse(readFileSync(reportPath, 'utf8'));
    lighthouse = Object.fromEntries(Object.entries(lhReport.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    lighthouse.cls = lhReport.audits['cumulative-layout-shift']?.numericValue;
    lighthouse.lcp = lhReport.audits['largest-contentful-paint']?.numericValue;
    lighthouse.tbt = lhReport.audits['total-blocking-time']?.numericValue;
  } catch {
    const lines = `${lh.stderr}\n${lh.error?.message ?? ''}`.split('\n').filter((l) => l && !/npm warn|unexpected operator/.test(l));
    lighthouse = `not run: ${lines.slice(-1)[0] ?? 'no report'}`;
  }
  log('Lighthouse', lighthouse);
}
await server.close();

// ---- every load's figures, then BENCHMARKS.md ----
if (process.env.BENCH_JSON) {
  writeFileSync(process.env.BENCH_JSON, JSON.stringify({ date: new Date().toISOString(), chromeVersion, RUNS, SEED, selfCheck, runs }));
  log(`wrote every load's figures to ${process.env.BENCH_JSON}`);
}
const markdown = report({
  root,
  dist,
  peersDir,
  chromeVersion,
  chromeArgs,
  runs,
  RUNS,
  SEED,
  SCALES,
  PHONE_SCALING,
  textCheck,
  selfCheck,
  baseline: process.env.BASELINE_REF ? `BASELINE_REF=${process.env.BASELINE_REF}` : process.env.BASELINE_DIST,
  baselineLabel: process.env.BASELINE_LABEL,
  terserNote: terser.note,
  versions,
  bundles,
  entries,
  parts,
  lighthouse,
  minutes: (Date.now() - started) / 60000,
});
writeFileSync(join(root, 'BENCHMARKS.md'), markdown.text);
console.log(markdown.console);
cleanUp();
log('wrote BENCHMARKS.md');
