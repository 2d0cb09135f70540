/**
 * Where the bytes of the CDN bundle go: splits dist/cdn/cramp-kit.js by its
 * source map into lit, the English content, the shared core, the elements'
 * code, their styles and the stretch pictures, and measures each part in
 * brotli two ways:
 * - alone: the part's code compressed by itself (what it would cost in a
 *   file of its own);
 * - by removal: the whole bundle less the bundle without that part (what
 *   leaving it out would save; parts compress better together, so these sum
 *   to less than the bundle).
 *
 * `node scripts/bytes-by-part.mjs` prints a table (after `npm run build`);
 * `npm run bench` puts it in BENCHMARKS.md.
 */
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

const root = new URL('..', import.meta.url).pathname;
export const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The parts, first match wins. */
export const PARTS = [
  ['lit', (s) => s.includes('node_modules/')],
  ['English content', (s) => /src\/content\/(en\.ts|topics-en\.ts|en\/|[a-z]+\/en(-citations)?\.ts)/.test(s)],
  ['stretch pictures', (s) => s.endsWith('/pictures.ts')],
  ['styles', (s) => s.endsWith('.styles.ts') || s.endsWith('src/core/styles.ts')],
  ['elements’ code', (s) => s.includes('src/elements/')],
  ['shared core', () => true],
];

/** The bundle's text, split into the parts above. */
export function splitByPart(file = `${root}dist/cdn/cramp-kit.js`) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const partOf = map.sources.map((source) => PARTS.find(([, test]) => test(source))[0]);
  const text = Object.fromEntries(PARTS.map(([name]) => [name, '']));
  const codeLines = code.split('\n');
  // Each decoded segment is [generated column, source index, ...]; a segment of one field maps nowhere.
  decode(map.mappings).forEach((segments, i) => {
    const line = codeLines[i] ?? '';
    // Text before the first mapping, and unmapped glue, go to the shared core.
    let last = 0;
    let part = 'shared core';
    for (const [column, source] of segments) {
      text[part] += line.slice(last, column);
      last = column;
      part = source === undefined ? part : partOf[source];
    }
    text[part] += `${line.slice(last)}\n`;
  });
  return { code, text };
}

/** Each part's size: minified, alone in brotli, and saved in brotli by its removal. */
export function bytesByPart(file) {
  const { code, text } = splitByPart(file);
  const whole = brotli(code);
  const rows = PARTS.map(([name]) => {
    const without = PARTS.map(([other]) => (other === name ? '' : text[other])).join('');
    return { name, minified: text[name].length, alone: brotli(text[name]), byRemoval: whole - brotli(without) };
  });
  return { whole, minified: code.length, rows, floor: brotli(text.lit + text['English content']) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { whole, minified, rows, floor } = bytesByPart();
  for (const r of rows)
    console.log(
      `${r.name.padEnd(18)} ${String(r.minified).padStart(7)} min ${String(r.alone).padStart(6)} br alone ${String(r.byRemoval).padStart(6)} br by removal`,
    );
  console.log(`${'bundle'.padEnd(18)} ${String(minified).padStart(7)} min ${String(whole).padStart(6)} br`);
  console.log(`lit and English content together: ${String(floor)} br`);
}
