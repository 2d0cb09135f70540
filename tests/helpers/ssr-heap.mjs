// Run by tests/node/ssr-memory.test.mjs as `node --expose-gc tests/helpers/ssr-heap.mjs`, alone in its process (the
// test runner's own work moves the heap by hundreds of kB): prints, as JSON, how many bytes the heap grew per
// prerender call in each of three rounds of calls, for each kind of page, each call with what no earlier one had.
import { getHeapSpaceStatistics } from 'node:v8';
import { prerender } from 'cramp-kit/ssr';

const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');

/**
 * The heap in use once everything unreachable is collected: objects, not
 * compiled code (the JIT compiles and drops code as it likes: 200 kB either
 * way from one round to the next).
 */
function heap() {
  gc();
  gc();
  return getHeapSpaceStatistics()
    .filter((space) => !space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0);
}

/** A short name for i, in letters: a language subtag or attribute name of its own. */
const code = (i) => {
  let out = '';
  for (let k = i + 1000; k > 0; k = Math.floor(k / 26)) out += String.fromCharCode(97 + (k % 26));
  return out;
};

const kinds = {
  'a language of its own on each element': (i) => `<cramp-prevention-tips lang="x-${code(i)}"></cramp-prevention-tips>`,
  'a language of its own on an ancestor': (i) => `<div lang="es-${code(i)}"><cramp-prevention-tips></cramp-prevention-tips></div>`,
  'an attribute value of its own': (i) => `<cramp-prevention-tips data-id="${String(i)}"></cramp-prevention-tips>`,
  'an attribute name of its own': (i) => `<cramp-care-advice data-${code(i)} emergency-number="112"></cramp-care-advice>`,
};

const calls = Number(process.argv[2] ?? 300);
console.warn = () => {}; // each unknown language warns (once)
// Warmed up first: the code compiled and optimised, and the 256 languages a warning remembers (firstTime) met.
for (const make of Object.values(kinds)) for (let i = 0; i < 150; i++) await prerender(make(1_000_000 + i));
const grew = {};
let next = 0;
for (const [name, make] of Object.entries(kinds)) {
  grew[name] = [];
  for (let round = 0; round < 3; round++) {
    const before = heap();
    for (let i = 0; i < calls; i++) await prerender(make(next++));
    grew[name].push((heap() - before) / calls);
  }
}
process.stdout.write(JSON.stringify(grew));
