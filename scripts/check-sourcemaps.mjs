/**
 * Checks that the CDN bundle's source map points at the right source lines,
 * through template minification: every template that starts with an element
 * and its `part="…"` is traced back through dist/cdn/cramp-kit.js.map, and
 * must land on the line of that start tag (which may span a few lines). With
 * the hand-made minifier this replaced, 29 of 47 drifted. Run by `npm test`
 * after the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const root = new URL('..', import.meta.url).pathname;
const file = join(root, 'dist/cdn/cramp-kit.js');
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const sources = new Map();
const sourceLines = (source) => {
  if (!sources.has(source)) sources.set(source, readFileSync(join(root, 'dist/cdn', source), 'utf8').split('\n'));
  return sources.get(source);
};

// Line and column (0-based) of every offset, found as we go.
const lineStarts = [0];
for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
const position = (offset) => {
  let line = lineStarts.length - 1;
  while (lineStarts[line] > offset) line -= 1;
  return { line: line + 1, column: offset - lineStarts[line] };
};

/** How far below the line it maps to a part may be written: a start tag may span lines. */
const WITHIN = 4;
const wrong = [];
let checked = 0;
for (const match of code.matchAll(/`\s*<[a-z0-9-]+ part="([\w -]+)"/g)) {
  const found = originalPositionFor(map, position(match.index));
  const part = `part="${match[1]}"`;
  // lit's own templates map to node_modules; one of ours that maps nowhere is wrong.
  if (found.source?.includes('node_modules/')) continue;
  if (!found.source) {
    checked += 1;
    wrong.push(`part="${match[1]}" maps to no source at all`);
    continue;
  }
  checked += 1;
  // Inside a template string a map can only point at the template's start (or the last
  // expression before it): the part must be written on that line or within the lines after it.
  const lines = sourceLines(found.source);
  const near = lines.slice(found.line - 1, found.line - 1 + WITHIN).some((line) => line.includes(part));
  if (!near)
    wrong.push(
      `${part} maps to ${found.source.replace(/^.*\/src\//, 'src/')}:${String(found.line)}: ${(lines[found.line - 1] ?? '').trim().slice(0, 80)}`,
    );
}
if (checked < 20 || wrong.length) {
  console.error(
    `check-sourcemaps: ${String(wrong.length)} of ${String(checked)} parts map to the wrong line:\n  ${wrong.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`check-sourcemaps: all ${String(checked)} parts in the CDN bundle map to their source line.`);
