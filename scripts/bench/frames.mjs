/**
 * Long Animation Frames in `npm run bench`: what ran in a long task.
 *
 * The trace (./measure.mjs) says how long the main thread's tasks were; the
 * page's own Long Animation Frames observer (`PerformanceObserver`, type
 * `long-animation-frame`, buffered, so a frame before the observer counts
 * too) says what ran in them: each frame over 50 ms, with the scripts in it
 * that took 5 ms or more (the browser's threshold), by invoker
 * (`MessagePort.onmessage`, `Promise.then`, a script's URL), source (file,
 * function, character) and time, of which forced style and layout.
 *
 * Each load keeps its frames until all rendered, compactly: times rounded
 * to 0.1 ms, source URLs on the bench's server as paths, at most four
 * scripts per frame (the longest). A script's place in a file that has a
 * source map (the kit's builds) is also given in the source,
 * `src/core/slices.ts:22`, as `src`.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

/* global window, location */

/** A classic script's body, first in every page's head: collects the frames. */
export const LOAF_OBSERVER = `window.benchLoaf = [];
try {
  window.benchLoafObserver = new PerformanceObserver((l) => { window.benchLoaf.push(...l.getEntries()); });
  window.benchLoafObserver.observe({ type: 'long-animation-frame', buffered: true });
} catch { window.benchLoafObserver = null; }`;

/**
 * Run in the page (puppeteer's `page.evaluate`): the long animation frames
 * that began by `until` (ms from navigation start), compact, in order; or
 * null where the browser has no Long Animation Frames. (It runs in the page,
 * so it names no value of this module: the four scripts kept are written here.)
 */
export function collectLongFrames(until) {
  if (!window.benchLoafObserver) return null;
  const entries = [...window.benchLoaf, ...window.benchLoafObserver.takeRecords()];
  const round = (x) => Math.round(x * 10) / 10;
  const path = (url) => (url && url.startsWith(location.origin) ? url.slice(location.origin.length) : url);
  return entries
    .filter((f) => f.startTime <= until)
    .sort((a, b) => a.startTime - b.startTime)
    .map((f) => {
      const end = f.startTime + f.duration;
      return {
        start: round(f.startTime),
        duration: round(f.duration),
        blocking: round(f.blockingDuration),
        // From the start of rendering (animation frame callbacks, style, layout) and of style and layout, to the frame's end.
        render: f.renderStart ? round(end - f.renderStart) : 0,
        styleAndLayout: f.styleAndLayoutStart ? round(end - f.styleAndLayoutStart) : 0,
        scripts: [...f.scripts]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 4)
          .map((s) => ({
            invoker: path(s.invoker),
            type: s.invokerType,
            url: path(s.sourceURL),
            fn: s.sourceFunctionName,
            at: s.sourceCharPosition,
            duration: round(s.duration),
            forced: round(s.forcedStyleAndLayoutDuration),
          })),
      };
    });
}

/**
 * Adds `src` (source file and line, by the file's source map) to every attributed script of `loads` served from one of
 * `folders` ({ '/dist/': folder, ... }), where the file has a map. Changes the loads in place.
 */
export function withSources(loads, folders) {
  const maps = new Map();
  const mapOf = (url) => {
    if (!maps.has(url)) {
      const prefix = Object.keys(folders).find((p) => url.startsWith(p));
      const file = prefix && join(folders[prefix], url.slice(prefix.length));
      maps.set(
        url,
        file && existsSync(`${file}.map`)
          ? { code: readFileSync(file, 'utf8'), map: new TraceMap(readFileSync(`${file}.map`, 'utf8')) }
          : null,
      );
    }
    return maps.get(url);
  };
  for (const load of loads)
    for (const frame of load.frames ?? [])
      for (const script of frame.scripts) {
        // A script's own run starts at its first character: no place worth naming.
        const ownRun = script.type === 'classic-script' || script.type === 'module-script';
        const found = script.url && script.at >= 0 && !ownRun ? mapOf(script.url.split(/[?#]/)[0]) : null;
        if (!found) continue;
        const before = found.code.slice(0, script.at);
        const line = before.split('\n').length;
        const position = originalPositionFor(found.map, { line, column: script.at - before.lastIndexOf('\n') - 1 });
        if (!position.source) continue;
        // '../../src/core/slices.ts' → 'src/core/slices.ts'; '…/node_modules/lit-html/lit-html.js' → 'lit-html/lit-html.js'.
        const source = position.source.includes('node_modules/')
          ? position.source.split('node_modules/').at(-1)
          : position.source.replace(/^(\.\.\/)+/, '');
        script.src = `${source}:${String(position.line)}`;
      }
}

/** The longest of a load's long animation frames, or undefined. */
export const longestFrame = (frames) => (frames?.length ? frames.reduce((a, b) => (b.duration > a.duration ? b : a)) : undefined);

const ms = (x) => `${String(Math.round(x))} ms`;
const file = (url) => (url ? url.split(/[?#]/)[0].split('/').at(-1) || url : '');

/**
 * One script of a frame: "MessagePort.onmessage in cramp-kit.js (function x, character 1234): 61 ms, of which forced
 * style and layout 4 ms", or "classic script a.html: 120 ms" for a script's own run.
 */
export function describeScript(s) {
  const ownRun = s.type === 'classic-script' || s.type === 'module-script';
  const what = ownRun
    ? `${s.type.replace('-', ' ')} ${file(s.url || s.invoker)}`
    : `${s.invoker || s.type}${s.url ? ` in ${file(s.url)}` : ''}`;
  const place = [
    s.fn ? `function ${s.fn}` : '',
    s.src ? s.src : s.at > 0 || (s.at === 0 && !ownRun) ? `character ${String(s.at)}` : '',
  ].filter(Boolean);
  const forced = s.forced >= 0.5 ? `, of which forced style and layout ${ms(s.forced)}` : '';
  return `${what}${place.length ? ` (${place.join(', ')})` : ''}: ${ms(s.duration)}${forced}`;
}

/** One frame in a line: its time, blocking time, its scripts (longest first), then rendering. */
export function describeFrame(frame) {
  if (!frame) return 'no long animation frame';
  const scripts = frame.scripts.length ? frame.scripts.map(describeScript).join('; ') : 'no script of 5 ms or more';
  const rendering = frame.render >= 0.5 ? `; rendering ${ms(frame.render)}, of which style and layout ${ms(frame.styleAndLayout)}` : '';
  return `${ms(frame.duration)} frame (blocking ${ms(frame.blocking)}): ${scripts}${rendering}`;
}

/** What ran first in a frame, to count loads whose longest frame had the same: invoker and file. */
export const firstScriptKey = (frame) => {
  const s = frame?.scripts[0];
  return s ? `${s.invoker} in ${file(s.url)}` : '';
};

/**
 * A page's line for the report, from its loads in one comparison: the longest frame of the load whose longest frame is
 * the median one (the lower median for an even count), described; and in how many loads the longest frame's first
 * script was the same.
 */
export function longestFrameLine(loads) {
  const measured = loads.filter((r) => Array.isArray(r.frames));
  if (!measured.length) return 'not measured (this browser has no Long Animation Frames)';
  const longest = measured.map((r) => longestFrame(r.frames));
  const none = longest.filter((f) => !f).length;
  const ranked = [...longest].sort((a, b) => (a?.duration ?? 0) - (b?.duration ?? 0));
  const middle = ranked[Math.floor((ranked.length - 1) / 2)];
  const n = String(measured.length);
  if (!middle) return `no frame over 50 ms in ${none === measured.length ? 'any' : `${String(none)} of ${n}`} loads`;
  const key = firstScriptKey(middle);
  const same = longest.filter((f) => key && firstScriptKey(f) === key).length;
  return [
    describeFrame(middle),
    key ? ` (the same first script in ${String(same)} of ${n} loads)` : '',
    none ? `; ${String(none)} of ${n} loads had no frame over 50 ms` : '',
  ].join('');
}
