/**
 * One load of one page, and what `npm run bench` reads from it.
 *
 * In the page: a classic script first in the head watches largest
 * contentful paint and layout shifts; a module script (run, as module
 * scripts are, after the document is parsed) waits until everything is
 * rendered: every custom element in the page and in every shadow root is
 * defined and its `updateComplete` has resolved (repeated until no new
 * element appears), then two animation frames. It then sets a
 * performance mark, `bench:rendered`.
 *
 * The same classic script also keeps the page's long animation frames
 * (./frames.mjs), which say what ran in a long task.
 *
 * Around the load: a Chrome trace of the renderer's main thread (the
 * `toplevel` category), from which long tasks, total blocking time and
 * main-thread time are counted; then page.metrics() after a garbage
 * collection for the JS heap and DOM nodes.
 */
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { collectLongFrames, LOAF_OBSERVER, longestFrame } from './frames.mjs';

/* global window, document, performance, customElements, setTimeout, getComputedStyle */

export const RENDERED_MARK = 'bench:rendered';

/**
 * The snippets every page carries: `first` goes first in the head, `last` after the page's own scripts. `step` (code
 * of an async function body) runs once all is rendered and a frame has shown it, in a task of its own, before the
 * rendered mark: what a reader does next, say adding a diary entry; it may set `window.benchExtra` to figures of its
 * own (an object of numbers).
 */
export const measuring = (step = '') => ({
  first: `<script>
window.benchLcp = 0; window.benchCls = 0;
window.benchDone = new Promise((resolve) => { window.benchResolve = resolve; });
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchLcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.benchCls += e.value; }).observe({ type: 'layout-shift', buffered: true });
${LOAF_OBSERVER}
</script>`,
  last: `<script type="module">
const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
const seen = new Set();
for (;;) {
  const custom = all(document).filter((e) => e.localName.includes('-'));
  const fresh = custom.filter((e) => !seen.has(e));
  if (!fresh.length) break;
  for (const e of fresh) seen.add(e);
  await Promise.all([...new Set(fresh.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
  await Promise.all(custom.map((e) => e.updateComplete));
}
${
  step
    ? `// The reader acts in a task of their own, after a frame has shown what rendered.
await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
${step}`
    : ''
}
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
performance.mark('${RENDERED_MARK}');
window.benchResolve(performance.now());
</script>`,
});
export const MEASURE = measuring();

export const PROFILES = {
  desktop: { label: 'unthrottled, 1024 × 768', viewport: { width: 1024, height: 768 }, cpu: 1, network: null, timeout: 60000 },
  phone: {
    label: 'phone: 412 × 823, 4× CPU slowdown, Slow 4G',
    viewport: { width: 412, height: 823, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    cpu: 4,
    network: PredefinedNetworkConditions['Slow 4G'],
    timeout: 180000,
  },
};

const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', 'loading'];
const TASK = 'ThreadControllerImpl::RunTask';
const LONG_TASK_MS = 50;

/**
 * From a trace of one load of `url`: the renderer main thread's top-level
 * tasks from navigation start until the rendered mark. Returns the long
 * tasks (over 50 ms: count and the longest), total blocking time and the
 * main thread's time in tasks (wall time; at 4× it includes the slowdown),
 * in milliseconds.
 */
export function analyzeTrace(events, url, fcpMs) {
  const nav = events.find(
    (ev) => ev.name === 'navigationStart' && ev.args?.data?.isLoadingMainFrame && ev.args.data.documentLoaderURL === url,
  );
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const { pid, tid } = nav;
  const start = nav.ts;
  const mark = events.find((ev) => ev.name === RENDERED_MARK && ev.pid === pid && ev.ts >= start);
  if (!mark) throw new Error(`no ${RENDERED_MARK} mark in the trace of ${url}`);
  const end = mark.ts;
  // Top-level tasks on that thread that overlap [start, end], outermost only (a nested run loop's tasks are inside another).
  const tasks = events
    .filter((ev) => ev.ph === 'X' && ev.name === TASK && ev.pid === pid && ev.tid === tid && ev.ts < end && ev.ts + ev.dur > start)
    .sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const task of tasks) {
    const last = top.at(-1);
    if (last && task.ts < last.ts + last.dur) continue;
    top.push(task);
  }
  const ms = (us) => us / 1000;
  const fcpTs = start + fcpMs * 1000;
  const long = top.filter((t) => ms(t.dur) > LONG_TASK_MS);
  // Blocking time: the part of each task after first contentful paint, less 50 ms (as Lighthouse clips it at FCP).
  const tbt = top.reduce((sum, t) => {
    const from = Math.max(t.ts, fcpTs);
    const d = ms(t.ts + t.dur - from);
    return sum + (d > LONG_TASK_MS ? d - LONG_TASK_MS : 0);
  }, 0);
  // Main-thread time: each task's time inside [start, end].
  const busy = top.reduce((sum, t) => sum + ms(Math.min(end, t.ts + t.dur) - Math.max(start, t.ts)), 0);
  return {
    longTasks: long.length,
    longest: top.length ? Math.max(...top.map((t) => ms(t.dur))) : 0,
    tbt,
    mainThread: busy,
    renderedTrace: ms(end - start),
  };
}

/** The length of the text a reader sees: every rendered text node in the page and its shadow roots, white space collapsed. */
function visibleText() {
  let total = 0;
  const range = document.createRange();
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === 3) {
        const text = node.textContent.replace(/\s+/g, ' ').trim();
        if (!text) continue;
        range.selectNodeContents(node);
        // The nearest ancestor with a box of its own (a <slot> has none): is it shown?
        let box = node.parentElement;
        while (box && getComputedStyle(box).display === 'contents') box = box.parentElement ?? box.getRootNode().host;
        if (range.getClientRects().length && box?.checkVisibility({ visibilityProperty: true })) total += text.length;
      } else if (node.nodeType === 1) {
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  walk(document.body);
  return total;
}

/**
 * Loads `url` once in a fresh tab of a fresh browser context, with the cache off and `profile`'s
 * viewport, CPU and network, and returns its figures. `text` also counts
 * the visible text.
 */
export async function load(browser, url, profile, { text = false } = {}) {
  // A fresh browser context per load: its own renderer process, HTTP cache and V8 code cache, as on a first visit.
  // (Tabs of one context share Chromium's code cache even with the cache off: a second load of the kit ran its
  // first render in a third of the time.)
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    const cdp = await page.createCDPSession();
    await page.setCacheEnabled(false);
    await page.setViewport(profile.viewport);
    if (profile.cpu > 1) await page.emulateCPUThrottling(profile.cpu);
    if (profile.network) await page.emulateNetworkConditions(profile.network);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: profile.timeout });
    const rendered = await page.evaluate(
      (ms) => Promise.race([window.benchDone, new Promise((resolve) => setTimeout(() => resolve(-1), ms))]),
      profile.timeout,
    );
    if (rendered < 0) {
      const undefinedTags = await page.evaluate(() => {
        const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
        return [...new Set(all(document).map((e) => e.localName))].filter((t) => t.includes('-') && !customElements.get(t));
      });
      throw new Error(
        `${url} did not finish rendering in ${String(profile.timeout)} ms; undefined elements: ${undefinedTags.join(', ') || 'none'}`,
      );
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    // After the figures above: wait for web fonts too, so that their bytes are counted.
    const run = await page.evaluate(async () => {
      await document.fonts.ready;
      const resources = performance.getEntriesByType('resource');
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        lcp: window.benchLcp,
        cls: window.benchCls,
        bytes: resources.reduce((a, r) => a + r.encodedBodySize, 0) + (nav?.encodedBodySize ?? 0),
        scriptBytes: resources
          .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
          .reduce((a, r) => a + r.encodedBodySize, 0),
        requests: resources.length + 1,
      };
    });
    const traced = analyzeTrace(trace.traceEvents ?? trace, url, run.fcp);
    // The long animation frames until all rendered, the same span as the trace's tasks.
    const frames = await page.evaluate(collectLongFrames, rendered);
    const textLength = text ? await page.evaluate(visibleText) : undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = await page.metrics();
    return {
      ...run,
      rendered,
      ...traced,
      loafLongest: frames ? (longestFrame(frames)?.duration ?? 0) : NaN,
      frames,
      heap: metrics.JSHeapUsedSize,
      nodes: metrics.Nodes,
      textLength,
      ...(await page.evaluate(() => window.benchExtra ?? {})),
    };
  } finally {
    await context.close();
  }
}
