// Size budgets, checked by CI (`npx size-limit`, brotli). Each CDN element entry
// is measured with every chunk it imports, as a page that loads only it would.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const registry = JSON.parse(readFileSync(new URL('./src/elements/registry.json', import.meta.url), 'utf8'));

/** A file and every chunk it imports, transitively (after `npm run build`). */
function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) {
    withImports(normalize(join(dirname(file), m[1])), seen);
  }
  return seen;
}

const element = (tag, limit) => ({
  name: `CDN <${tag}> with lit, core and its content (dist/cdn/${tag}.js and its chunks)`,
  path: [...withImports(`dist/cdn/${tag}.js`)],
  limit,
  brotli: true,
});

export default [
  // The loader of language files (issue 16) added 0.59 kB to the bundle and 0.3 to 0.45 kB to each element.
  { name: 'CDN bundle: every element, lit and English content', path: 'dist/cdn/cramp-kit.js', limit: '34.75 kB', brotli: true },
  { name: 'CDN autoloader', path: 'dist/cdn/autoloader.js', limit: '1.5 kB', brotli: true },
  // Each language file alone: its words and the registry it adds them to (one request a language).
  { name: 'CDN language file: Spanish (dist/cdn/lang/es.js)', path: 'dist/cdn/lang/es.js', limit: '8.75 kB', brotli: true },
  { name: 'CDN language file: US English (dist/cdn/lang/en-US.js)', path: 'dist/cdn/lang/en-US.js', limit: '2 kB', brotli: true },
  // One budget per element, from the registry (src/elements/registry.json).
  ...registry.map(({ tag, budget }) => element(tag, budget)),
];
