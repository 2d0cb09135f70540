/**
 * BENCHMARKS.md, from the figures of one run of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { withImports } from '../with-imports.mjs';
import { describeFrame, longestFrame, longestFrameLine } from './frames.mjs';
import { PEERS } from './peers.mjs';
import { summary } from './stats.mjs';

const br = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (b) => (b / 1000).toFixed(1);
const int = (x) => String(Math.round(x));
const fixed = (digits) => (x) => x.toFixed(digits);

/** The figures of every load: key, label (with its unit), format, and whether a ratio of it means something. */
const METRICS = [
  ['bytes', 'Bytes transferred, kB', kB, true],
  ['requests', 'Requests', int, false],
  ['fcp', 'First contentful paint, ms', int, true],
  ['lcp', 'Largest contentful paint, ms', int, true],
  ['rendered', 'All rendered, ms', int, true],
  ['mainThread', 'Main-thread time, ms', int, true],
  ['longTasks', 'Long tasks (over 50 ms)', fixed(1), false],
  ['longest', 'Longest task, ms', int, false],
  ['loafLongest', 'Longest animation frame, ms', int, false],
  ['tbt', 'Total blocking time, ms', int, false],
  ['cls', 'Cumulative layout shift', fixed(3), false],
  ['heap', 'JS heap used, MB', (b) => (b / 1e6).toFixed(2), true],
  ['nodes', 'DOM nodes', int, true],
];

export const PAGE_LABELS = {
  kit: 'cramp-kit, client-rendered',
  'kit-ssr': 'cramp-kit, server-rendered',
  'kit-preload': 'cramp-kit, client-rendered, modulepreload',
  'kit-before': 'cramp-kit before (baseline build)',
  'kit-anatomy': 'cramp-kit, client-rendered, every section (with the picture of the knee)',
  'diary-0': 'cramp-kit diary, empty',
  'diary-999': 'cramp-kit diary, 999 cramps',
  shoelace: 'Shoelace 2',
  'shoelace-hidden': 'Shoelace 2, undefined elements hidden',
  material: 'Material Web 2',
  nord: 'Nord 4',
};
const PEER_IDS = Object.keys(PEERS);

/** "median (p25–p75)", or the median alone when the quartiles are equal. */
function cell(values, format) {
  const s = summary(values);
  if (!s.n) return '–';
  return format(s.p25) === format(s.p75) ? format(s.median) : `${format(s.median)} (${format(s.p25)}–${format(s.p75)})`;
}

/** Per-iteration ratios a[i] / b[i] of one figure. */
const ratios = (a, b, key) => a.map((run, i) => (b[i] && b[i][key] ? run[key] / b[i][key] : NaN));
const ratioCell = (a, b, key) => cell(ratios(a, b, key), fixed(2));

/** As ratioCell, saying plainly where a ratio has no meaning: a figure of 0 ms below it (total blocking time, often). */
function ratioCellOrZero(a, b, key) {
  const rs = ratios(a, b, key);
  const k = rs.filter(Number.isFinite).length;
  const ms = (runs) =>
    cell(
      runs.map((r) => r[key]),
      int,
    );
  if (![...a, ...b].some((r) => Number.isFinite(r[key]))) return '–';
  if (!k) return `no ratio: ${ms(a)} ms against ${ms(b)} ms`;
  return `${cell(rs, fixed(2))}${k < rs.length ? ` (${String(k)} of ${String(rs.length)} iterations; in the others, ÷ 0)` : ''}`;
}

/** The figures the lead ratios are of: times, where machines differ most. */
const LEAD = [
  ['rendered', 'All rendered'],
  ['fcp', 'First contentful paint'],
  ['mainThread', 'Main-thread time'],
  ['longest', 'Longest task (trace)'],
  ['loafLongest', 'Longest animation frame'],
  ['tbt', 'Total blocking time'],
];

/**
 * Absolute times of the same bench on two machines of the same kind (issue 27): this file's run of 2026-12-01, and
 * another machine on a quiet day. Kept as measured; the report sets this run's figures beside them.
 */
const OTHER_MACHINE = {
  date: '2026-12-01',
  rendered: [165, 346],
  longest: [33, 73],
  phoneLongest: [79, 212],
};

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The text counts in table order: the guide's pages, then the scaling pages by N, the kit first. */
function textRows(textCheck, scales) {
  const byName = new Map(textCheck.map((t) => [t.name, t]));
  const rows = [];
  for (const name of Object.keys(PAGE_LABELS)) if (byName.has(name)) rows.push({ ...byName.get(name), label: PAGE_LABELS[name] });
  for (const n of scales) {
    for (const lib of ['kit', ...PEER_IDS]) {
      const t = byName.get(`${lib}-${String(n)}`);
      if (t) rows.push({ ...t, label: `${lib === 'kit' ? 'cramp-kit' : PEERS[lib].label}, ${String(n)} explainer${n === 1 ? '' : 's'}` });
    }
  }
  return rows;
}

export function report(d) {
  const { runs, RUNS, SCALES } = d;
  const lines = [];
  const out = (...xs) => lines.push(...xs);
  const guide = (profile) => runs[`guide/${profile}`];
  const scaling = (profile) => runs[`scaling/${profile}`];
  const median = (values) => summary(values).median;
  const date = new Date().toISOString().slice(0, 10);
  const cpu = cpus();
  const v = d.versions;

  out(
    '# Benchmarks',
    '',
    `Made by \`npm run bench\` on ${date}, in ${d.minutes.toFixed(0)} minutes: ${d.chromeVersion} (headless), Node ${process.version},`,
    `${osType()} ${release()}, ${String(cpu.length)} × ${cpu[0]?.model ?? 'CPU'}, ${String(Math.round(totalmem() / 2 ** 30))} GiB.`,
    `cramp-kit ${v.kit} against Shoelace ${v.shoelace}, Material Web ${v.material} and Nord ${v.nord} (components) with Nord CSS ${v.nordCss}.`,
    `${String(RUNS)} measured iterations, shuffle seed ${String(d.SEED)} (\`SEED=${String(d.SEED)} npm run bench\` repeats the order).`,
    '',
  );

  // ---- the lead: ratios measured in one run ----
  out(
    '## Ratios, measured in one run',
    '',
    'Every page of a comparison loads once in each iteration, in a shuffled order, so the kit and each page it is set',
    'against share the machine’s state of that moment. Each ratio is taken within an iteration (the kit’s figure ÷ the',
    'other page’s), then its median over the iterations is given with the interquartile range in brackets. Below 1: the',
    'kit is sooner or shorter. Absolute times move between machines far more than these ratios do (see “How far absolute',
    'times move”, next).',
    '',
  );
  for (const [profile, title] of [
    ['desktop', 'The whole guide, unthrottled'],
    ['phone', 'The whole guide, on a phone (4× CPU slowdown, Slow 4G)'],
  ]) {
    const g = guide(profile);
    if (!g) continue;
    const others = [
      ...PEER_IDS.map((p) => [p, `÷ ${PEERS[p].label}`]),
      ...(g['kit-before'] ? [['kit-before', '÷ before (baseline build)']] : []),
    ];
    out(
      `${title}:`,
      '',
      table(
        ['cramp-kit, client-rendered', ...others.map(([, label]) => label), 'server-rendered ÷ client-rendered'],
        LEAD.map(([key, label]) => [
          label,
          ...others.map(([name]) => ratioCellOrZero(g.kit, g[name], key)),
          ratioCellOrZero(g['kit-ssr'], g.kit, key),
        ]),
      ),
      '',
    );
  }
  const scalingLead = ['desktop', 'phone'].filter((profile) => scaling(profile));
  if (scalingLead.length) {
    const n = String(SCALES.at(-1));
    out(
      `${n} cause explainers on one page (the scaling pages), the kit ÷ each peer:`,
      '',
      table(
        ['', ...PEER_IDS.map((p) => `÷ ${PEERS[p].label}`)],
        scalingLead.flatMap((profile) =>
          LEAD.filter(([key]) => key !== 'fcp').map(([key, label]) => [
            `${profile === 'desktop' ? 'unthrottled' : 'phone'}: ${label.toLowerCase()}`,
            ...PEER_IDS.map((p) => ratioCellOrZero(scaling(profile)[`kit-${n}`], scaling(profile)[`${p}-${n}`], key)),
          ]),
        ),
      ),
      '',
    );
  }

  // ---- how far absolute times move ----
  const now = (profile, key) => {
    const runsOf = guide(profile)?.kit;
    return runsOf ? int(median(runsOf.map((r) => r[key]))) : '–';
  };
  const o = OTHER_MACHINE;
  const times = (pair) => `${String(pair[1])} ms against ${String(pair[0])} (${(pair[1] / pair[0]).toFixed(1)}×)`;
  out(
    '## How far absolute times move',
    '',
    'Absolute times are not stable from one machine to another, even between machines of the same kind. For the',
    `client-rendered guide, this bench’s run of ${o.date} and the same bench on another machine of the same kind, on a`,
    `quiet day, gave: all rendered, unthrottled, ${times(o.rendered)}; the longest task, unthrottled, ${times(o.longest)};`,
    `the longest task on the phone profile, ${times(o.phoneLongest)}. About twice, and more on the phone. The ratios held:`,
    'on both machines the kit’s longest task was about 0.7× the peers’. On the slower machine the page’s own Long',
    'Animation Frames observer agreed with the larger figures, and named the task: the render slicer’s first',
    '`MessagePort` task, which renders everything on screen at once.',
    '',
    `This run, the same three figures: ${now('desktop', 'rendered')} ms, ${now('desktop', 'longest')} ms and ${now('phone', 'longest')} ms.`,
    '',
    'So: judge a change by ratios from one run, with the build before it measured beside it (`BASELINE_REF=<commit>`),',
    'never by an absolute time against another run’s; and quote an absolute time with the machine and the day it came',
    'from. Within one run, the spread of the loads is the interquartile range in brackets.',
    '',
    '## How it measured',
    '',
    '- **The pages.** The kit’s page is one `<cramp-guide emergency-number="999" sections="…">` (the sections the peers’ pages have) and one script tag in the head,',
    '  `dist/cdn/cramp-kit.js`. The server-rendered page is the same page after `prerender` (cramp-kit/ssr): the words are',
    '  in the HTML, and the same script takes them over. The modulepreload page adds',
    '  `<link rel="modulepreload" href=".../cramp-kit.js">` to the head.',
    '- **The same words.** Each peer’s page carries the words the whole guide shows, taken from the kit’s own built content',
    '  (`en` in `dist/content/en.js`), not typed again, and the two stretch pictures, taken from the server-rendered guide.',
    '  The causes are closed disclosures (the guide’s cause explainer is an accordion); the checklist has its checkboxes,',
    '  its three buttons and its notice (present, hidden, as nothing is ticked); the stretch cards have a progress ring',
    '  for the timer; the care levels are alerts. A check counts the text a reader sees on each page (every rendered text',
    '  node, in shadow roots too); every peer page must be within 10% of the kit’s (see “The same words” below).',
    '- **The same widgets.** Each peer uses its own component where it has one. Where it has none, a native element',
    '  stands in:',
    ...PEER_IDS.flatMap((id) => PEERS[id].substitutions.map((s) => `  - ${PEERS[id].label}: ${s}.`)),
    '  No peer page has behaviour beyond what its components give: no timer, no checklist summary.',
    '- **Bundled the same way.** Each peer page loads one minified ES module, made at bench time (into a temporary',
    '  folder) by rollup 4, @rollup/plugin-node-resolve (the `production` condition) and @rollup/plugin-terser with the',
    `  kit bundle’s settings (${d.terserNote}), from an entry that imports only the components the page uses. The`,
    '  peers’ published code is bundled as published: the kit’s own build also minifies the HTML in its templates,',
    '  which is not done to the peers. The stylesheets the peers require are links in the head, as their docs say:',
    '  Shoelace’s `themes/light.css`, and Nord’s `nord.min.css` (its tokens, which also load its web font). Material',
    '  Web needs no stylesheet.',
    ...(d.baseline
      ? [
          `- **Before.** “cramp-kit before” is the bundle of another build, \`${d.baseline}\`${d.baselineLabel ? ` (${d.baselineLabel})` : ''}, on the`,
          '  same page as the client-rendered kit, served and measured the same way in the same run.',
        ]
      : []),
    '- **Served the same way.** From a web server on this machine: HTML, scripts and styles in brotli (quality 11), fonts as',
    '  they are (already compressed), `Cache-Control: no-store` on everything. The kit is served from a copy of `dist/`',
    '  taken at the start of the run.',
    '- **Two profiles.** Unthrottled, 1024 × 768. A phone: 412 × 823 mobile viewport, 4× CPU slowdown, and Chrome’s',
    '  Slow 4G network profile (puppeteer’s `PredefinedNetworkConditions`).',
    `- **Runs.** Each iteration loads every page of a comparison once, in a new shuffled order. The first iteration is`,
    `  thrown away; ${String(RUNS)} are kept. Each load has a fresh browser context (its own renderer process and caches, as on a`,
    '  first visit) with the cache off. Tabs that share a context also share Chromium’s compiled-code cache, which made',
    '  every load after the first much faster.',
    '- **Spread.** Each cell is the median of the loads, with the interquartile range (25th to 75th percentile) in',
    '  brackets when it is not a single value. A ratio is computed within each iteration (kit ÷ peer, same',
    '  iteration), then its median and interquartile range are given.',
    '',
    'The figures of each load:',
    '',
    '- **Bytes transferred**: the bodies of every response (HTML, scripts, styles, fonts), as sent, in brotli.',
    '- **First and largest contentful paint**: from the browser’s paint timing, from navigation start. They are the time',
    '  the frame was shown, so they can come a little after “all rendered”, which is taken in the page’s animation frame.',
    '- **All rendered**: from navigation start until every custom element in the page and in every shadow root is',
    '  defined and its `updateComplete` has resolved (repeated until no new element appears), and two animation frames',
    '  have passed. The same code decides it on every page.',
    '- **Main-thread time, long tasks, total blocking time**: from a Chrome trace of the renderer’s main thread (the',
    '  top-level `ThreadControllerImpl::RunTask` events), from navigation start until all rendered. Main-thread time is',
    '  the time in tasks (wall time; on the phone profile it includes the 4× slowdown). A long task is one over 50 ms.',
    '  Total blocking time is the sum, over the tasks after first contentful paint, of each task’s time past 50 ms (a',
    '  task that began before first contentful paint counts from then, as Lighthouse does).',
    `  Checked first on a page with a known 120 ms busy loop, which runs before any script could observe it: found ${d.selfCheck.map((r) => `${r.longest.toFixed(0)} ms`).join(', ')}.`,
    '- **Longest animation frame, and what ran in it**: the page’s own Long Animation Frames observer',
    '  (`PerformanceObserver`, type `long-animation-frame`, `buffered`, so that a frame before it counts too), first in the',
    '  head. A long animation frame is a task over 50 ms with the rendering after it, timed by the page, so it is usually a',
    '  little longer than the trace’s longest task; a load with none shows 0. The trace stays the measure of long tasks;',
    '  the frames say what ran in them. Each frame until all rendered is kept with its blocking time and the attribution of',
    '  its scripts: the invoker (`MessagePort.onmessage`, `TimerHandler:setTimeout`, `Promise.then`, or a script’s own',
    '  run), the source (file, function, character; in the kit’s bundle, the line of its sources, by the source map), the',
    '  script’s time and, of that, forced style and layout. The browser attributes only scripts of 5 ms or more. Under',
    '  each table, a line per page names what ran in the longest frame of the load whose longest frame is the median one,',
    '  and in how many loads the longest frame began with the same script.',
    `  On the 120 ms busy loop: ${d.selfCheck.map((r) => (Array.isArray(r.frames) ? describeFrame(longestFrame(r.frames)) : 'not measured')).join('; ')}.`,
    '- **Cumulative layout shift**: the sum of layout shifts until all rendered.',
    '- **JS heap used and DOM nodes**: puppeteer’s `page.metrics()` (`JSHeapUsedSize`, `Nodes`) after all rendered and a',
    '  garbage collection. Nodes count those in shadow roots too (the kit renders its words there).',
    '',
  );

  const pageTable = (comparison) => {
    const names = Object.keys(comparison);
    return table(
      ['', ...names.map((n) => PAGE_LABELS[n] ?? n)],
      METRICS.map(([key, label, format]) => [
        label,
        ...names.map((n) =>
          cell(
            comparison[n].map((r) => r[key]),
            format,
          ),
        ),
      ]),
    );
  };
  const ratioTable = (comparison) =>
    table(
      ['', ...PEER_IDS.map((p) => `client-rendered ÷ ${PEERS[p].label}`), ...PEER_IDS.map((p) => `server-rendered ÷ ${PEERS[p].label}`)],
      METRICS.filter(([, , , ratio]) => ratio).map(([key, label]) => [
        label.replace(/, (kB|ms|MB)$/, ''),
        ...PEER_IDS.map((p) => ratioCell(comparison.kit, comparison[p], key)),
        ...PEER_IDS.map((p) => ratioCell(comparison['kit-ssr'], comparison[p], key)),
      ]),
    );

  for (const [profile, title] of [
    ['desktop', 'unthrottled'],
    ['phone', 'on a phone (4× CPU slowdown, Slow 4G)'],
  ]) {
    if (!guide(profile)) continue;
    out(
      `## The whole guide, ${title}`,
      '',
      pageTable(guide(profile)),
      '',
      'The kit against each peer, per iteration (below 1: the kit is smaller or sooner):',
      '',
      ratioTable(guide(profile)),
      '',
      'What ran in the longest animation frame (the load whose longest frame is the median one):',
      '',
      ...Object.keys(guide(profile)).map((n) => `- ${PAGE_LABELS[n] ?? n}: ${longestFrameLine(guide(profile)[n])}`),
      '',
    );
  }
  out(
    'Shoelace’s docs suggest hiding elements until they are defined (`:not(:defined) { visibility: hidden }`) against a',
    'flash of unstyled content. The “Shoelace 2” column does not: its light-DOM words paint as soon as they can, which',
    'is the soonest first paint a peer can have. The “undefined elements hidden” column does; it is not counted as a',
    'peer in the targets. Material Web and Nord pages paint their light-DOM words at once too.',
    '',
  );

  for (const [profile, title] of [
    ['desktop', 'unthrottled'],
    ['phone', 'on a phone'],
  ]) {
    const s = scaling(profile);
    if (!s) continue;
    const libs = ['kit', ...PEER_IDS];
    out(
      `## Scaling: 1, 5, 20 and 50 cause explainers, ${title}`,
      '',
      'The kit’s page has N `<cramp-cause-explainer layout="tabs">` and loads the whole bundle (`cramp-kit.js`, its only',
      'one-file build); each peer’s page has N explainers built from its tab group, with the same words: title, introduction,',
      'six tabs with a cause’s details in each panel, the disclaimer, the “get help” lines and the footer.',
      '',
      table(
        ['N', '', ...METRICS.map(([, label]) => label)],
        SCALES.flatMap((n) =>
          libs.map((lib) => [
            String(n),
            lib === 'kit' ? 'cramp-kit' : PEERS[lib].label,
            ...METRICS.map(([key, , format]) =>
              cell(
                s[`${lib}-${String(n)}`].map((r) => r[key]),
                format,
              ),
            ),
          ]),
        ),
      ),
      '',
      'The kit against each peer, per iteration:',
      '',
      table(
        ['N', ...PEER_IDS.flatMap((p) => [`main-thread time ÷ ${PEERS[p].label}`, `all rendered ÷ ${PEERS[p].label}`])],
        SCALES.map((n) => [
          String(n),
          ...PEER_IDS.flatMap((p) =>
            ['mainThread', 'rendered'].map((key) => ratioCell(s[`kit-${String(n)}`], s[`${p}-${String(n)}`], key)),
          ),
        ]),
      ),
      '',
      'What ran in the longest animation frame (the load whose longest frame is the median one):',
      '',
      ...SCALES.flatMap((n) =>
        libs.map(
          (lib) => `- ${lib === 'kit' ? 'cramp-kit' : PEERS[lib].label}, ${String(n)}: ${longestFrameLine(s[`${lib}-${String(n)}`])}`,
        ),
      ),
      '',
      `Main-thread time per extra explainer (median at ${String(SCALES.at(-1))} less median at ${String(SCALES[0])}, over ${String(SCALES.at(-1) - SCALES[0])}): ${libs
        .map((lib) => {
          const at = (n) => median(s[`${lib}-${String(n)}`].map((r) => r.mainThread));
          return `${lib === 'kit' ? 'cramp-kit' : PEERS[lib].label} ${((at(SCALES.at(-1)) - at(SCALES[0])) / (SCALES.at(-1) - SCALES[0])).toFixed(1)} ms`;
        })
        .join(', ')}.`,
      '',
    );
  }
  if (!scaling('phone') && !d.PHONE_SCALING) out('The scaling pages ran unthrottled only (PHONE_SCALING=0).', '');

  // ---- the same words ----
  out(
    '## The same words',
    '',
    'Characters of text a reader sees on each page after all rendered (white space collapsed), against the kit’s page of the',
    'same comparison:',
    '',
    table(
      ['Page', 'Characters', '÷ the kit’s', 'Within 10%'],
      textRows(d.textCheck, SCALES).map((t) => [t.label, String(t.length), t.ratio.toFixed(3), t.ok ? 'yes' : '**no**']),
    ),
    '',
  );

  // ---- targets ----
  const targets = [];
  const dk = guide('desktop')?.kit;
  if (dk) {
    const withLong = dk.filter((r) => r.longTasks > 0).length;
    const longest = dk.map((r) => r.longest);
    targets.push([
      '(a) No long task over 50 ms at 1× CPU, whole guide, client-rendered',
      `${String(withLong)} of ${String(dk.length)} loads had one; longest task ${cell(longest, int)} ms, at most ${int(Math.max(...longest))} ms`,
      withLong === 0 ? 'met' : 'not met',
    ]);
  }
  const ph = guide('phone');
  if (ph) {
    const best = PEER_IDS.reduce((a, b) => (median(ph[b].map((r) => r.fcp)) < median(ph[a].map((r) => r.fcp)) ? b : a));
    const r = summary(ratios(ph['kit-ssr'], ph[best], 'fcp'));
    targets.push([
      '(b) Server-rendered first contentful paint on the phone at most 0.55× the best peer’s',
      `${cell(
        ph['kit-ssr'].map((x) => x.fcp),
        int,
      )} ms against ${PEERS[best].label}’s ${cell(
        ph[best].map((x) => x.fcp),
        int,
      )} ms (the best peer’s median): ${r.median.toFixed(2)}× (${r.p25.toFixed(2)}–${r.p75.toFixed(2)})`,
      r.median <= 0.55 ? 'met' : `not met: ${r.median.toFixed(2)}×, ${((r.median / 0.55 - 1) * 100).toFixed(0)}% over the target`,
    ]);
  }
  for (const profile of ['desktop', 'phone']) {
    const g = guide(profile);
    if (!g) continue;
    const fr = (name) =>
      `FCP ${cell(
        g[name].map((x) => x.fcp),
        int,
      )}, all rendered ${cell(
        g[name].map((x) => x.rendered),
        int,
      )}`;
    let verdict = 'not judged: no baseline build in this run (BASELINE_REF or BASELINE_DIST)';
    let measured = `client-rendered: ${fr('kit')}; server-rendered: ${fr('kit-ssr')} (ms)`;
    if (g['kit-before']) {
      const f = summary(ratios(g.kit, g['kit-before'], 'fcp'));
      const a = summary(ratios(g.kit, g['kit-before'], 'rendered'));
      measured += `; baseline build: ${fr('kit-before')}; now ÷ baseline, per iteration: FCP ${f.median.toFixed(2)}× (${f.p25.toFixed(2)}–${f.p75.toFixed(2)}), all rendered ${a.median.toFixed(2)}× (${a.p25.toFixed(2)}–${a.p75.toFixed(2)})`;
      verdict = f.median <= 1.05 && a.median <= 1.05 ? 'met (within 5%)' : 'not met';
    }
    targets.push([`(c) Client-rendered path no slower than before, ${profile === 'desktop' ? 'unthrottled' : 'phone'}`, measured, verdict]);
  }
  for (const profile of ['desktop', 'phone']) {
    const g = guide(profile);
    if (!g) continue;
    const f = summary(ratios(g['kit-preload'], g.kit, 'fcp'));
    const a = summary(ratios(g['kit-preload'], g.kit, 'rendered'));
    targets.push([
      `(d) The modulepreload page, ${profile === 'desktop' ? 'unthrottled' : 'phone'}`,
      `FCP ${cell(
        g['kit-preload'].map((x) => x.fcp),
        int,
      )} ms, all rendered ${cell(
        g['kit-preload'].map((x) => x.rendered),
        int,
      )} ms; ÷ the page without it, per iteration: FCP ${f.median.toFixed(2)}× (${f.p25.toFixed(2)}–${f.p75.toFixed(2)}), all rendered ${a.median.toFixed(2)}× (${a.p25.toFixed(2)}–${a.p75.toFixed(2)})`,
      'measured',
    ]);
  }
  out('## The targets of issue 17', '', table(['Target', 'Measured', 'Met'], targets), '');

  // ---- issue 27: the guide on the phone, against the baseline and the peers; the server-rendered takeover ----
  if (ph) {
    const ratio = (a, b, key) => summary(ratios(a, b, key));
    const rows = [];
    // "below": the median ratio under 1 (a tie is not below); "no worse", "no slower", "no more": at most 1.
    const row = (target, a, b, key, strict = false) => {
      const s = ratio(a, b, key);
      const zero = !Number.isFinite(s.median);
      const ok = (x, y) => (strict ? x < y : x <= y);
      const ms = (runsOf) => int(median(runsOf.map((r) => r[key])));
      rows.push([
        target,
        `${ms(a)} against ${ms(b)}; per iteration ${zero ? 'no ratio (÷ 0)' : `${s.median.toFixed(2)}× (${s.p25.toFixed(2)}–${s.p75.toFixed(2)})`}`,
        zero
          ? ok(median(a.map((r) => r[key])), median(b.map((r) => r[key])))
            ? 'met (medians)'
            : 'not met (medians)'
          : ok(s.median, 1)
            ? 'met'
            : 'not met',
      ]);
    };
    if (ph['kit-before']) {
      row('Phone, longest task no worse than the baseline build', ph.kit, ph['kit-before'], 'longest');
      row('Phone, total blocking time no worse than the baseline build', ph.kit, ph['kit-before'], 'tbt');
      row('Phone, all rendered no slower than the baseline build', ph.kit, ph['kit-before'], 'rendered');
    }
    for (const p of PEER_IDS) {
      row(`Phone, longest task below ${PEERS[p].label}’s`, ph.kit, ph[p], 'longest', true);
      row(`Phone, total blocking time below ${PEERS[p].label}’s`, ph.kit, ph[p], 'tbt', true);
    }
    row('Phone, server-rendered takeover: total blocking time no more than a client render', ph['kit-ssr'], ph.kit, 'tbt');
    row('Phone, server-rendered takeover: main-thread time no more than a client render', ph['kit-ssr'], ph.kit, 'mainThread');
    row('Phone, server-rendered takeover: long tasks no more than a client render', ph['kit-ssr'], ph.kit, 'longTasks');
    out(
      '## The targets of issue 27',
      '',
      'The whole guide on the phone profile, the client-rendered kit ÷ the page named (ms, or a count of long tasks), per',
      'iteration, median (interquartile range). “Below” is judged on the median ratio under 1; “no worse”, “no slower” and',
      '“no more” on the median ratio at most 1, with no allowance for noise; where a figure is 0 in some iterations the',
      'medians are compared instead.',
      '',
      table(['Target', 'Measured', 'Met'], rows),
      '',
    );
  }

  // ---- issue 29: the picture of the back of the knee in the guide; the diary with 1,000 cramps ----
  const anatomyRows = ['desktop', 'phone']
    .filter((profile) => guide(profile)?.['kit-anatomy'])
    .flatMap((profile) => {
      const g = guide(profile);
      return [
        ['rendered', 'all rendered'],
        ['mainThread', 'main-thread time'],
        ['longest', 'longest task'],
        ['tbt', 'total blocking time'],
        ['bytes', 'bytes transferred'],
      ].map(([key, label]) => {
        const m = (runsOf) => median(runsOf.map((r) => r[key]));
        const unit = key === 'bytes' ? ' kB' : ' ms';
        const f = key === 'bytes' ? kB : int;
        return [
          `${profile === 'desktop' ? 'unthrottled' : 'phone'}: ${label}`,
          `${f(m(g['kit-anatomy']))}${unit} against ${f(m(g.kit))}${unit}`,
          ratioCellOrZero(g['kit-anatomy'], g.kit, key),
        ];
      });
    });
  if (anatomyRows.length)
    out(
      '## What the picture of the back of the knee costs the guide (issue 29)',
      '',
      'The guide with every section (as a page gets it with no `sections`, the picture included) against the same guide',
      'without the picture (the sections the peers show), in the same iterations:',
      '',
      table(['', 'Medians', 'With ÷ without, per iteration'], anatomyRows),
      '',
    );
  const diary = (profile) => runs[`diary/${profile}`];
  const diaryProfiles = ['desktop', 'phone'].filter((profile) => diary(profile));
  if (diaryProfiles.length) {
    const diaryRows = diaryProfiles.flatMap((profile) =>
      Object.keys(diary(profile)).map((name) => {
        const r = diary(profile)[name];
        const col = (key, f = int) =>
          cell(
            r.map((x) => x[key]),
            f,
          );
        return [
          `${profile === 'desktop' ? 'unthrottled' : 'phone'}: ${PAGE_LABELS[name] ?? name}`,
          col('rendered'),
          col('longest'),
          col('loafLongest'),
          col('tbt'),
          col('add', fixed(1)),
          `${String(Math.max(...r.map((x) => x.add)).toFixed(1))}`,
          col('nodes'),
        ];
      }),
    );
    const verdicts = diaryProfiles.map((profile) => {
      const full = diary(profile)['diary-999'];
      const worst = Math.max(...full.map((x) => Math.max(x.longest, x.add)));
      const label = profile === 'desktop' ? 'unthrottled' : 'on the phone profile (4× CPU slowdown)';
      return `- ${label}: the slowest of either in ${String(full.length)} loads was ${worst.toFixed(1)} ms: ${worst < 50 ? 'met' : 'not met'}.`;
    });
    out(
      '## The diary with 1,000 cramps (issue 29)',
      '',
      'A page with `<cramp-diary>` alone (its own CDN file), given 999 cramps before it is defined (as a page restoring them',
      'would; written into the page as data) or none. Once it is drawn and a frame has shown',
      'it, the reader adds a cramp through its form, in a task of its own: the tap, the list, the summary and the chart',
      'drawn again and laid out, timed by the page (“adding one”; the paint after it is not in it). The longest task covers',
      'the whole load: the first drawing of all the cramps, and the adding. Times in ms, median (interquartile range).',
      '',
      table(
        [
          '',
          'All rendered',
          'Longest task',
          'Longest animation frame',
          'Total blocking time',
          'Adding one',
          'Adding one, slowest',
          'DOM nodes',
        ],
        diaryRows,
      ),
      '',
      'Target: drawing 999 cramps, and adding the 1,000th, each under 50 ms a task (the longest task of the load, and the',
      'adding):',
      '',
      ...verdicts,
      '',
    );
  }

  // ---- sizes ----
  const sizes = Object.fromEntries(
    d.entries.map((name) => {
      const file = `cdn/${name}.js`;
      return [
        name,
        {
          own: br(readFileSync(join(d.dist, file))),
          total: [...withImports(join(d.dist, file))].reduce((a, f) => a + br(readFileSync(f)), 0),
        },
      ];
    }),
  );
  out(
    '## Size of each CDN entry (brotli)',
    '',
    '“With its imports” is what a page that loads only that file downloads (lit and the content are in shared chunks).',
    '',
    table(
      ['Entry', 'The file, kB', 'With its imports, kB'],
      d.entries.map((n) => [`\`dist/cdn/${n}.js\``, kB(sizes[n].own), kB(sizes[n].total)]),
    ),
    '',
    '## The peers’ bundles',
    '',
    'Made by this run, as above; the kit’s bundle beside them.',
    '',
    table(
      ['Bundle', 'Minified, kB', 'Brotli, kB'],
      [
        ['`dist/cdn/cramp-kit.js` (every element, lit and the English words)', kB(d.parts.minified), kB(d.parts.whole)],
        ...Object.entries(d.bundles).map(([name, size]) => [`${name}.js`, kB(size), kB(br(readFileSync(join(d.peersDir, `${name}.js`))))]),
      ],
    ),
    '',
    '## Where the bytes of the bundle go',
    '',
    '`dist/cdn/cramp-kit.js` split by its source map (`node scripts/bytes-by-part.mjs`). “Alone” is the part compressed',
    'by itself; “by removal” is what the bundle would lose without it (parts compress better together, so these add up to',
    'less than the bundle).',
    '',
    table(
      ['Part', 'Minified, kB', 'Brotli alone, kB', 'Brotli by removal, kB'],
      [
        ...d.parts.rows.map((r) => [r.name, kB(r.minified), kB(r.alone), kB(r.byRemoval)]),
        ['The bundle', kB(d.parts.minified), kB(d.parts.whole), ''],
      ],
    ),
    '',
  );

  // ---- Lighthouse ----
  const lh = d.lighthouse;
  out(
    '## Lighthouse 12 on the kit’s guide page (`/bench/guide/kit.html`, the page the guide comparison loads)',
    '',
    typeof lh === 'string'
      ? lh
      : `${table(
          ['Performance', 'Accessibility', 'Best practices', 'SEO'],
          [[String(lh.performance), String(lh.accessibility), String(lh['best-practices']), String(lh.seo)]],
        )}\n\nLayout shift ${String(lh.cls)}, largest contentful paint ${int(lh.lcp)} ms, total blocking time ${int(lh.tbt)} ms (Lighthouse’s simulated mobile throttling).`,
    '',
  );
  const text = `${lines.join('\n').trimEnd()}\n`;
  return { text, console: text };
}
